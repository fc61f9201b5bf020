package org.patchreview.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.patchreview.diag.Diagnostic;
import org.patchreview.diff.Divergence;
import org.patchreview.diff.PatchFile;
import org.patchreview.diff.PatchHunk;
import org.patchreview.mail.PatchMail;
import org.patchreview.patch.FileResult;
import org.patchreview.patch.HunkResult;

/**
 * The default reply mail, fit for the list: reply-all (To the author, Cc whom the patch went to), threaded, plain
 * text at 72 columns with no local path, at most about 80 lines. It quotes only the hunks the new problems point at
 * (the removed ones when there are none), a few lines around where the runs part, then gives the findings in the
 * order of every format; a ready-to-paste Fixes: line where the replay names the commit the problems come from. For
 * a patch that does not apply, the hunk and the nearest place; for one whose C does not compile, the error with the
 * patched file and line. In a series, every patch whose own lines the findings point at gets its reply too, and the
 * last one the whole series'. {@code --full} ({@link MailRenderer#renderFull}) places every finding under its line.
 */
final class MailReply {
  /** Lines of a hunk quoted above and below the line a finding points at. */
  private static final int CONTEXT = 3;
  private static final int MAX_GONE = 6;
  private static final int MAX_CHANGED = 2;
  private static final int MAX_QUOTED_HUNKS = 2;
  private static final int MAX_EXPLORED = 4;

  private MailReply() {}

  static String render(Report r) {
    FindingSet set = FindingCollector.of(r);
    int last = r.patches().size();
    StringBuilder mbox = new StringBuilder();
    // In a series, a patch whose own lines the new problems (else the removed ones) point at gets its own reply,
    // quoting them; the last patch's reply has the whole series' findings, as a single patch's has.
    List<Finding> pointing = pointing(set);
    for (int patch = 1; patch < last; patch++) {
      int at = patch;
      List<Finding> mine = pointing.stream().filter(f -> patchOf(r, f) == at).toList();
      if (!mine.isEmpty()) {
        mbox.append(patchReply(r, at, mine));
      }
    }
    PatchMail m = r.patches().get(last - 1).mail();
    StringBuilder out = new StringBuilder();
    out.append(MailRenderer.attribution(m)).append('\n');
    quoteHunks(out, r, pointing, last);
    out.append('\n');
    if (!r.replay().replayed()) {
      notApplied(out, r);
    } else {
      out.append(MailRenderer.wrap("I replayed the " + (last > 1 ? "series" : "patch") + " with review on "
          + r.replay().model() + ": " + Findings.summary(r) + ".", "")).append("\n\n");
      section(out, "New problems", set.added(), Integer.MAX_VALUE);
      section(out, "Problems it removes", set.removed(), MAX_GONE);
      section(out, "Other behaviour that changes", set.changed().stream()
          .filter(f -> !f.isCallOrLog()).toList(), MAX_CHANGED);
      if (r.explored() != null) {
        ExploreReport.mail(out, r.explored(), MAX_EXPLORED);
      }
    }
    for (Findings.Replay p : Findings.replays(r)) {
      out.append(MailRenderer.wrap("- " + p.patch() + ": " + p.result() + (p.regressed().isEmpty() ? ""
          : "; regressed: " + String.join(", ", p.regressed())), "  ")).append('\n');
    }
    fixes(out, r);
    // A warning's place in the input is a path on the reviewer's machine: only the warning goes to the list.
    r.patches().stream().flatMap(p -> p.facts().checks().stream())
        .filter(c -> c.level() == org.patchreview.mail.MessageCheck.Level.WARNING).map(c -> c.message()).distinct()
        .forEach(w -> out.append(MailRenderer.wrap("- " + w, "  ")).append('\n'));
    return mbox.append(MailRenderer.message(m, out.toString())).toString();
  }

  /** The findings a reply quotes hunks for: the new problems, else the ones removed. */
  private static List<Finding> pointing(FindingSet set) {
    return set.added().isEmpty() ? set.removed() : set.added();
  }

  /**
   * The reply to one patch of a series that is not the last: its hunks the findings point at, those findings, and
   * how the patch replayed on the tree the ones before it left.
   */
  private static String patchReply(Report r, int patch, List<Finding> mine) {
    PatchMail m = r.patches().get(patch - 1).mail();
    StringBuilder out = new StringBuilder();
    out.append(MailRenderer.attribution(m)).append('\n');
    quoteHunks(out, r, mine, patch);
    out.append('\n');
    out.append(MailRenderer.wrap("I replayed the series with review on " + r.replay().model() + "; these "
        + "findings come from this patch's lines:", "")).append("\n\n");
    List<Finding> added = mine.stream().filter(f -> f.direction() == Finding.Direction.NEW).toList();
    section(out, added.isEmpty() ? "Problems it removes" : "New problems", mine, added.isEmpty() ? MAX_GONE
        : Integer.MAX_VALUE);
    Findings.replays(r).stream().skip(patch - 1L).findFirst().ifPresent(p -> out.append(MailRenderer.wrap(
        "Replayed on its own, on the tree the patches before it leave: " + p.result() + (p.regressed().isEmpty()
            ? "" : "; regressed: " + String.join(", ", p.regressed())) + ".", "")).append("\n\n"));
    out.append(MailRenderer.wrap("The whole series is in my reply to patch " + r.patches().size() + ".", ""))
        .append('\n');
    return MailRenderer.message(m, out.toString());
  }

  /** The patch (1 for the first of a series) whose hunk a finding's runs part in; 0 when none. */
  private static int patchOf(Report r, Finding f) {
    Divergence why = f.why();
    if (why == null || why.hunk() == null) {
      return 0;
    }
    for (PatchFile file : r.lines().files()) {
      for (PatchHunk h : file.hunks()) {
        if (h.ref().anchor().equals(why.hunk().anchor())) {
          return file.patch();
        }
      }
    }
    return 0;
  }

  /** No report could be made (the C does not compile): the errors, with the patched file and line. */
  static String failed(List<PatchMail> mails, List<Diagnostic> errors) {
    PatchMail m = mails.get(mails.size() - 1);
    StringBuilder out = new StringBuilder();
    out.append(MailRenderer.attribution(m)).append("\n\n[...]\n\n");
    out.append("I could not replay this patch with review:\n\n");
    errors.stream().filter(Diagnostic::isError).forEach(d -> out.append(MailRenderer.wrap("- " + where(d)
        + d.message(), "  ")).append('\n'));
    return MailRenderer.message(m, out.toString());
  }

  /** {@code arch/arm/mm/dma-mapping.c:698: }, or nothing for an error about the mail itself (a local path). */
  private static String where(Diagnostic d) {
    return d.file().isEmpty() || d.file().endsWith(".mbox") || d.file().endsWith(".eml") || d.file().startsWith("<")
        || d.file().startsWith("/") ? "" : d.file() + ":" + d.line() + ": ";
  }

  /**
   * The hunks of patch {@code patch} the findings point at, each cut to a few lines around the line where the runs
   * part.
   */
  private static void quoteHunks(StringBuilder out, Report r, List<Finding> pointing, int patch) {
    Set<String> done = new LinkedHashSet<>();
    for (Finding f : pointing) {
      Divergence why = f.why();
      PatchHunk h = patchOf(r, f) == patch ? hunk(r, why) : null;
      if (h == null || done.size() >= MAX_QUOTED_HUNKS || !done.add(h.ref().anchor())) {
        continue;
      }
      int at = MailFindings.line(h, why);
      out.append("\n[...]\n");
      MailRenderer.quote(out, "+++ b/" + h.file());
      MailRenderer.quote(out, h.header());
      int from = Math.max(0, at - CONTEXT);
      int to = Math.min(h.lines().size(), at + CONTEXT + 1);
      if (from > 0) {
        out.append("> [...]\n");
      }
      for (int i = from; i < to; i++) {
        MailRenderer.quote(out, h.lines().get(i));
        if (i == at) {
          out.append('\n').append(MailRenderer.wrap((f.direction() == Finding.Direction.NEW
              ? "With this line, the replay shows a new problem: " : "With this line, a problem goes away: ")
              + f.brief() + " (" + f.runs().size() + " run(s), e.g. " + f.witness().name() + ").", "")).append("\n\n");
        }
      }
      if (to < h.lines().size()) {
        out.append("> [...]\n");
      }
    }
    if (done.isEmpty()) {
      out.append("\n[...]\n");
    }
  }

  private static PatchHunk hunk(Report r, Divergence why) {
    for (PatchFile f : r.lines().files()) {
      for (PatchHunk h : f.hunks()) {
        if (h.ref().anchor().equals(why.hunk().anchor())) {
          return h;
        }
      }
    }
    return null;
  }

  /** A heading, then each finding wrapped, new problems with where they show and why. */
  private static void section(StringBuilder out, String heading, List<Finding> findings, int max) {
    out.append(heading).append(findings.isEmpty() ? ": none\n" : " (" + findings.size() + "):\n");
    for (Finding f : findings.subList(0, Math.min(max, findings.size()))) {
      boolean fresh = f.direction() == Finding.Direction.NEW && f.isProblem();
      String text = fresh ? f.line() : f.isProblem() ? f.brief() : f.line();
      out.append(MailRenderer.wrap("- " + text + (fresh ? "" : " (" + f.runs().size() + " run(s))"), "  "))
          .append('\n');
      if (fresh) {
        out.append(MailRenderer.wrap("  " + f.seen(), "  ")).append('\n');
      }
    }
    if (findings.size() > max) {
      out.append("- and ").append(findings.size() - max).append(" more\n");
    }
    out.append('\n');
  }

  /** Each file and hunk that does not apply, with the nearest place of the file and what differs there. */
  private static void notApplied(StringBuilder out, Report r) {
    out.append(MailRenderer.wrap("I could not replay this patch with review: " + r.replay().whyNot() + ".", ""))
        .append("\n\n");
    for (Report.PatchEntry p : r.patches()) {
      for (FileResult f : p.applied().files()) {
        for (HunkResult h : f.hunks()) {
          if (h.mismatch() == null) {
            continue;
          }
          out.append(MailRenderer.wrap("Hunk #" + h.index() + " of " + f.path() + " (" + h.header() + " "
              + h.function() + ") does not apply. The nearest place is line " + h.mismatch().line() + ", where "
              + "it expects:", "")).append('\n');
          List<String> expected = h.mismatch().expected();
          int d = Math.max(0, h.mismatch().firstDifference());
          for (int i = Math.max(0, d - 1); i < Math.min(expected.size(), d + 2); i++) {
            MailRenderer.quote(out, " " + expected.get(i));
          }
          out.append("but the file has:\n");
          List<String> found = h.mismatch().found();
          for (int i = Math.max(0, d - 1); i < Math.min(found.size(), d + 2); i++) {
            MailRenderer.quote(out, " " + found.get(i));
          }
          out.append('\n');
        }
      }
    }
  }

  /**
   * The Fixes: tags checked; where the replay names the commit the removed problems first appear with, its tag
   * ready to paste. It is indented: a line starting with "Fixes:" in a reply would be collected as a trailer.
   */
  private static void fixes(StringBuilder out, Report r) {
    for (Report.FixesClaim f : r.fixes()) {
      if (!f.suggested().isEmpty()) {
        // Named by commit, not by the modelled history's entries, which mean nothing on the list.
        out.append(MailRenderer.wrap("The replay does not confirm the tag " + f.subject() + ": the problems the "
            + "patch removes do not appear with " + f.commit().substring(0, Math.min(12, f.commit().length())) + ", but first appear with an earlier commit. "
            + "Should it be:", "")).append("\n\n    Fixes: ").append(f.suggested()).append("\n\n");
        continue;
      }
      out.append(MailRenderer.wrap("The tag " + f.subject() + " " + (f.confirmed() ? "is confirmed by the replay."
          : f.checked() ? "is not confirmed: " + f.explanation().replaceFirst("^not confirmed: ", "") + "."
          : f.explanation() + "."), "")).append("\n\n");
    }
  }
}
