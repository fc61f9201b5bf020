package org.patchreview.report;

import java.util.List;
import org.patchreview.diag.Diagnostic;
import org.patchreview.diff.LayoutDiff;

/**
 * The default text report, read in thirty seconds: the subject and the verdicts, then the problems the patch adds,
 * the ones it removes and what else behaves differently, each once with how many runs show it and the simplest of
 * them; then the runs that differ with the configs that agree folded, the patch as it applied, and what changed shape.
 * {@code --full} ({@link TextRenderer#renderFull}) has every difference of every run.
 */
final class FindingsText {
  /** Differences in behaviour listed before "... and N more"; problems are always all listed. */
  static final int MAX_CHANGED = 5;

  private FindingsText() {}

  static String render(Report r, TextRenderer.Style style) {
    TextOut out = new TextOut(style);
    FindingSet set = FindingCollector.of(r);
    out.line("review: " + title(r), TextRenderer.BOLD);
    if (r.replay().replayed() && !r.replay().model().equals(r.base())) {
      out.line("behaviour replayed on " + r.replay().model() + ", where the patch applies too", null);
    }
    out.line(Findings.summary(r), r.regressed() ? TextRenderer.BOLD + ";" + TextRenderer.RED : TextRenderer.BOLD);
    if (r.replay().replayed()) {
      findings(out, set, r.lines().series());
    }
    runs(out, set);
    if (!Findings.replays(r).isEmpty()) {
      out.blank();
    }
    TextRenderer.eachPatch(out, r);
    out.blank();
    StringBuilder series = new StringBuilder();
    MailText.series(series, r.series());
    TextRenderer.mailLines(out, series);
    for (Report.PatchEntry p : r.patches()) {
      if (r.patches().size() > 1) {
        out.line("patch: " + Findings.subject(p.mail()), TextRenderer.BOLD);
      }
      TextRenderer.details(out, p, r);
    }
    for (Report.FixesClaim f : r.fixes()) {
      out.line("  Fixes: " + f.subject(), null);
      out.line("    " + f.explanation(), f.checked() && !f.confirmed() ? TextRenderer.YELLOW : null);
    }
    for (LayoutDiff l : r.layout()) {
      int more = Math.max(0, l.notes().size() - 1);
      out.line((l.before() != null ? l.before().struct() : l.after().struct()) + ", " + l.config() + " config: "
          + (l.notes().isEmpty() ? "" : l.notes().get(0)) + (more == 0 ? "" : " (" + more + " more note"
          + (more == 1 ? "" : "s") + " with --full)"), null);
    }
    for (Diagnostic n : r.notes()) {
      out.line(n.oneLine(), TextRenderer.YELLOW);
    }
    if (r.replay().replayed() && !set.all().isEmpty()) {
      out.blank();
      out.line("--full shows every difference of every run, with where the runs part and the layouts side by side",
          TextRenderer.DIM);
    }
    return out.toString();
  }

  /** The patch's subject, or the series' size and its last patch's subject. */
  private static String title(Report r) {
    List<Report.PatchEntry> p = r.patches();
    return p.size() == 1 ? Findings.subject(p.get(0).mail())
        : p.size() + " patches, the last " + Findings.subject(p.get(p.size() - 1).mail());
  }

  private static void findings(TextOut out, FindingSet set, boolean series) {
    out.blank();
    section(out, "new problems", set.added(), Integer.MAX_VALUE, TextRenderer.RED, series);
    section(out, "problems gone", set.removed(), Integer.MAX_VALUE, TextRenderer.GREEN, series);
    List<Finding> state = set.changed().stream().filter(f -> !f.isCallOrLog())
        .toList();
    long traced = set.changed().size() - state.size();
    if (state.isEmpty() && traced > 0) {
      out.line("changed behaviour: only " + traced + " call and log line(s)", TextRenderer.BOLD);
      return;
    }
    section(out, "changed behaviour", state, MAX_CHANGED, null, series);
    if (traced > 0) {
      out.line("  and " + traced + " call and log line(s) that differ", TextRenderer.DIM);
    }
  }

  /**
   * A heading with the count, then each finding: a new problem in full with the simplest run that shows it and why;
   * any other on one line with how many runs show it.
   */
  private static void section(TextOut out, String heading, List<Finding> findings, int max, String colour,
      boolean series) {
    out.line(heading + (findings.isEmpty() ? ": none" : " (" + findings.size() + "):"), TextRenderer.BOLD);
    for (Finding f : findings.subList(0, Math.min(max, findings.size()))) {
      if (f.direction() == Finding.Direction.NEW && f.isProblem()) {
        out.line("  " + f.line(), colour);
        out.line("      " + f.seen(), null);
        if (f.why() != null) {
          out.line("      why: " + f.why().sentence(series), TextRenderer.CYAN);
        }
      } else {
        String line = f.isProblem() && f.direction() == Finding.Direction.GONE ? f.brief() : f.line();
        out.line("  " + line + " (" + runs(f) + ")", colour);
      }
    }
    if (findings.size() > max) {
      out.line("  ... and " + (findings.size() - max) + " more (--full lists every run's)", TextRenderer.DIM);
    }
  }

  /** {@code 6 runs, e.g. lager/default/unbind}, or the one run. */
  private static String runs(Finding f) {
    return f.runs().size() == 1 ? f.witness().name() : f.runs().size() + " runs, e.g. " + f.witness().name();
  }

  /** The runs that differ, a line per board and the scenarios that read alike. */
  private static void runs(TextOut out, FindingSet set) {
    if (set.runs().isEmpty()) {
      return;
    }
    out.blank();
    out.line("runs that differ:", TextRenderer.BOLD);
    java.util.Map<String, List<String>> lines = new java.util.LinkedHashMap<>();
    for (FindingSet.RunGroup g : set.runs()) {
      lines.computeIfAbsent(g.board() + "\u0000" + g.describe(), k -> new java.util.ArrayList<>()).add(g.scenario());
    }
    lines.forEach((k, scenarios) -> {
      String[] parts = k.split("\u0000", 2);
      out.line("  " + parts[0] + " / " + String.join(", ", scenarios) + ": " + parts[1], null);
    });
  }
}
