package org.patchreview.report;

import java.util.List;
import org.patchreview.diag.Diagnostic;
import org.patchreview.diff.Divergence;
import org.patchreview.diff.LayoutDiff;
import org.patchreview.diff.RunDiff;
import org.patchreview.diff.Verdict;
import org.patchreview.mail.PatchMail;
import org.patchreview.patch.FileResult;

/**
 * The terminal report: the series (when there is one), the patch, what its mail says and how it applied, the Fixes:
 * tags checked, a summary line, in a series each patch replayed on its own, struct layouts that changed shape, then every
 * run that is not {@code same} with its differences (faults, leaks and warnings first, then device and hardware
 * state, then up to a limit the calls and log lines that differ), each followed by where the runs part when that
 * differs from the line before. Long lines wrap to the width with a hanging indent; colour is optional.
 */
public final class TextRenderer {
  static final String BOLD = "1";
  static final String RED = "31";
  static final String GREEN = "32";
  static final String YELLOW = "33";
  static final String CYAN = "36";
  static final String DIM = "2";

  /** How the report looks: ANSI colour or plain text, and the column it wraps at. */
  public record Style(boolean colour, int width) {
    public static final Style PLAIN = new Style(false, 100);

    public Style {
      width = Math.max(width, 40);
    }
  }

  private TextRenderer() {}

  /** The findings first, then the patch and the runs that differ, in a page (see {@link FindingsText}). */
  public static String render(Report r) {
    return render(r, Style.PLAIN);
  }

  public static String render(Report r, Style style) {
    return explored(FindingsText.render(r, style), r);
  }

  /** The text, and after it what exploring before and after the patch found ({@code --explore}). */
  private static String explored(String text, Report r) {
    return r.explored() == null ? text
        : text + "\n" + ExploreReport.text(ExploreReport.title(r.explored()), r.explored().results());
  }

  /** Every difference of every run that is not {@code same}, with where the runs part: {@code --full}. */
  public static String renderFull(Report r) {
    return renderFull(r, Style.PLAIN);
  }

  public static String renderFull(Report r, Style style) {
    TextOut out = new TextOut(style);
    StringBuilder series = new StringBuilder();
    MailText.series(series, r.series());
    mailLines(out, series);
    for (Report.PatchEntry p : r.patches()) {
      patch(out, p, r);
    }
    for (Report.FixesClaim f : r.fixes()) {
      out.line("  Fixes: " + f.subject(), null);
      out.line("    " + f.explanation(), f.checked() && !f.confirmed() ? YELLOW : null);
    }
    out.blank();
    if (r.replay().replayed() && !r.replay().model().equals(r.base())) {
      out.line("behaviour replayed on " + r.replay().model() + ", where the patch applies too", null);
    }
    out.line(Findings.summary(r), r.regressed() ? BOLD + ";" + RED : BOLD);
    eachPatch(out, r);
    for (LayoutDiff l : r.layout()) {
      layout(out, l);
    }
    for (RunDiff d : Findings.shown(r)) {
      run(out, d, r.lines().series());
    }
    for (Diagnostic n : r.notes()) {
      out.line(n.oneLine(), YELLOW);
    }
    return explored(out.toString(), r);
  }

  static void patch(TextOut out, Report.PatchEntry p, Report r) {
    out.line("review: " + Findings.subject(p.mail()), BOLD);
    details(out, p, r);
  }

  /** What is said under a patch's subject: its author, what its mail says, and how it applied. */
  static void details(TextOut out, Report.PatchEntry p, Report r) {
    PatchMail m = p.mail();
    if (!m.authorName().isEmpty() || !m.authorEmail().isEmpty()) {
      out.line("  from " + m.authorName() + (m.authorEmail().isEmpty() ? "" : " <" + m.authorEmail() + ">")
          + (m.date().isEmpty() ? "" : ", " + m.date()), null);
    }
    StringBuilder facts = new StringBuilder();
    MailText.patch(facts, p.facts());
    mailLines(out, facts);
    files(out, r.base(), p.applied().files());
    if (p.model() != null) {
      files(out, r.replay().model(), p.model().files());
    }
  }

  private static void files(TextOut out, String tree, List<FileResult> files) {
    out.line("  applied to " + tree + ":", null);
    int width = files.stream().mapToInt(f -> f.path().length()).max().orElse(0);
    for (FileResult f : files) {
      out.line("    " + pad(f.path(), width) + "  " + Findings.outcome(f), null);
    }
  }

  /**
   * Lines the mail stage wrote: a quoted cover letter line is kept whole like a table row, a warning is yellow, an
   * empty line stays empty.
   */
  static void mailLines(TextOut out, CharSequence text) {
    for (String l : text.toString().split("\n", -1)) {
      if (l.isEmpty()) {
        continue;
      }
      if (l.startsWith("    | ")) {
        out.table(l);
      } else {
        out.line(l, l.startsWith("    ! ") ? YELLOW : null);
      }
    }
    if (text.length() > 1 && text.toString().endsWith("\n\n")) {
      out.blank();
    }
  }

  /** In a series, each patch replayed on the tree the one before left, with the runs it regressed. */
  static void eachPatch(TextOut out, Report r) {
    List<Findings.Replay> replays = Findings.replays(r);
    if (!replays.isEmpty()) {
      out.line("each patch on the tree the one before left:", null);
    }
    for (Findings.Replay p : replays) {
      out.line("  " + p.patch() + ": " + p.result(), p.regressed().isEmpty() ? null : RED);
      if (!p.regressed().isEmpty()) {
        out.line("    regressed: " + String.join(", ", p.regressed()), RED);
      }
    }
  }

  static void layout(TextOut out, LayoutDiff l) {
    out.blank();
    out.line((l.before() != null ? l.before().struct() : l.after().struct()) + ", " + l.config() + " config: "
        + (l.notes().isEmpty() ? "" : l.notes().get(0)), BOLD);
    List<String[]> rows = Findings.layoutRows(l.before(), l.after());
    int wa = rows.stream().limit(rows.size() - 1).mapToInt(r -> r[0].length()).max().orElse(0);
    int wb = rows.stream().limit(rows.size() - 1).mapToInt(r -> r[2].length()).max().orElse(0);
    List<String> left = rows.stream().map(r -> cell(r, 0, wa)).toList();
    List<String> right = rows.stream().map(r -> cell(r, 2, wb)).toList();
    int width = Math.max(left.stream().mapToInt(String::length).max().orElse(0), "before".length());
    out.table("    " + pad("before", width) + "   after");
    for (int i = 0; i < rows.size(); i++) {
      String a = left.get(i);
      String b = right.get(i);
      out.table("    " + pad(a, width) + (a.equals(b) ? "   " : " | ") + b);
    }
    for (int i = 1; i < l.notes().size(); i++) {
      out.line("  - " + l.notes().get(i), null);
    }
  }

  /** A member as the table shows it (declaration padded, then its place), or the size row as it is. */
  private static String cell(String[] row, int at, int width) {
    if (row[at].isEmpty() || row[at + 1].isEmpty()) {
      return row[at];
    }
    return pad(row[at], width) + "  " + row[at + 1];
  }

  private static void run(TextOut out, RunDiff d, boolean series) {
    out.blank();
    out.line(Findings.verdictWord(d.verdict()) + "  " + Findings.title(d), BOLD + ";" + colour(d.verdict()));
    String lastWhy = null;
    int trace = 0;
    List<Findings.Finding> findings = Findings.of(d);
    for (Findings.Finding f : findings) {
      if (f.category() == Findings.Category.TRACE && ++trace > Findings.MAX_TRACE) {
        continue;
      }
      out.line("  " + f.text(), f.category() != Findings.Category.PROBLEM ? null
          : f.isNew() ? RED : f.isGone() ? GREEN : YELLOW);
      Divergence why = f.change().why();
      String sentence = why == null ? null : why.sentence(series);
      if (sentence != null && !sentence.equals(lastWhy)) {
        out.line("    why: " + sentence, CYAN);
        lastWhy = sentence;
      }
    }
    if (trace > Findings.MAX_TRACE) {
      out.line("  ... and " + (trace - Findings.MAX_TRACE)
          + " more call and log differences (--format json lists them all)", DIM);
    }
  }

  static String colour(Verdict v) {
    return switch (v) {
      case REGRESSED -> RED;
      case FIXED -> GREEN;
      case CHANGED -> YELLOW;
      case SAME -> DIM;
    };
  }

  static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

}
