package org.patchreview.report;

import java.util.List;
import org.patchreview.diag.Diagnostic;
import org.patchreview.diff.Divergence;
import org.patchreview.diff.LayoutDiff;
import org.patchreview.diff.RunDiff;
import org.patchreview.mail.PatchMail;
import org.patchreview.patch.FileResult;

/**
 * The report as CommonMark (GitHub-flavoured tables): the same findings as the terminal report, with headings per
 * run and where the runs part under each difference. Text from the mail and the C is escaped, so a subject or an
 * identifier such as {@code __iommu_remove_mapping} reads as written.
 */
public final class MarkdownRenderer {
  private MarkdownRenderer() {}

  public static String render(Report r) {
    StringBuilder out = new StringBuilder();
    findings(out, r);
    if (r.explored() != null) {
      ExploreReport.markdown(out, r.explored());
    }
    String series = MailText.series(r.series());
    if (!series.isEmpty()) {
      lines(out, series);
    }
    for (Report.PatchEntry p : r.patches()) {
      patch(out, p, r.base());
    }
    for (String f : Findings.fixes(r)) {
      out.append("- ").append(esc(f)).append('\n');
    }
    out.append(r.fixes().isEmpty() ? "" : "\n").append("**").append(esc(Findings.summary(r))).append("**\n");
    eachPatch(out, r);
    if (!r.runs().isEmpty()) {
      runsTable(out, r);
    }
    for (LayoutDiff l : r.layout()) {
      layout(out, l);
    }
    for (RunDiff d : Findings.shown(r)) {
      run(out, d, r.lines().series());
    }
    if (!r.notes().isEmpty()) {
      out.append("\n## Notes\n\n");
      for (Diagnostic n : r.notes()) {
        out.append("- ").append(esc(n.oneLine())).append('\n');
      }
    }
    return out.toString();
  }

  /** What the page opens with: the verdicts, then each problem once (new, then gone), then a few other changes. */
  private static void findings(StringBuilder out, Report r) {
    out.append("## Findings\n\n**").append(esc(Findings.summary(r))).append("**\n\n");
    if (!r.replay().replayed()) {
      return;
    }
    FindingSet set = FindingCollector.of(r);
    findingList(out, "New problems", set.added(), Integer.MAX_VALUE);
    findingList(out, "Problems gone", set.removed(), Integer.MAX_VALUE);
    findingList(out, "Changed behaviour", set.changed().stream()
        .filter(f -> !f.isCallOrLog()).toList(), 8);
  }

  private static void findingList(StringBuilder out, String heading, List<Finding> findings, int max) {
    out.append("### ").append(heading).append(findings.isEmpty() ? ": none\n\n" : " (" + findings.size() + ")\n\n");
    for (Finding f : findings.subList(0, Math.min(max, findings.size()))) {
      String text = f.isProblem() && f.direction() != Finding.Direction.NEW ? f.brief() : f.line();
      out.append("- ").append(esc(text)).append(" (").append(esc(f.runs().size() == 1 ? f.witness().name()
          : f.runs().size() + " runs, simplest " + f.witness().name())).append(")\n");
    }
    if (findings.size() > max) {
      out.append("- ... and ").append(findings.size() - max).append(" more, in the runs below\n");
    }
    if (!findings.isEmpty()) {
      out.append('\n');
    }
  }

  private static void patch(StringBuilder out, Report.PatchEntry p, String base) {
    PatchMail m = p.mail();
    out.append("# review: ").append(esc(Findings.subject(m))).append("\n\n");
    if (!m.authorName().isEmpty() || !m.authorEmail().isEmpty()) {
      out.append("From ").append(esc(m.authorName()))
          .append(m.authorEmail().isEmpty() ? "" : " &lt;" + esc(m.authorEmail()) + "&gt;")
          .append(m.date().isEmpty() ? "" : ", " + esc(m.date())).append(".\n");
    }
    String facts = MailText.patch(p.facts());
    if (!facts.isEmpty()) {
      out.append('\n');
      lines(out, facts);
      out.append('\n');
    }
    out.append("Applied to ").append(esc(base)).append(":\n\n| file | outcome |\n|---|---|\n");
    for (FileResult f : p.applied().files()) {
      out.append("| ").append(code(f.path())).append(" | ").append(esc(Findings.outcome(f))).append(" |\n");
    }
    out.append('\n');
  }

  /**
   * Plain lines of the mail stage as nested lists: an unindented line is a paragraph, lines indented by two are items,
   * deeper ones (trailers, warnings, the cover letter's first lines) items under them.
   */
  private static void lines(StringBuilder out, String text) {
    for (String l : text.split("\n")) {
      String s = l.strip();
      if (s.isEmpty()) {
        continue;
      }
      int indent = l.length() - l.stripLeading().length();
      out.append(indent == 0 ? "" : indent <= 2 ? "- " : "  - ").append(esc(s)).append(indent == 0 ? "\n\n" : "\n");
    }
  }

  /** In a series, each patch replayed on the tree the one before left. */
  private static void eachPatch(StringBuilder out, Report r) {
    List<Findings.Replay> replays = Findings.replays(r);
    if (replays.isEmpty()) {
      return;
    }
    out.append("\nEach patch on the tree the one before left:\n\n| patch | runs | regressed |\n|---|---|---|\n");
    for (Findings.Replay p : replays) {
      out.append("| ").append(esc(p.patch())).append(" | ").append(esc(p.result())).append(" | ")
          .append(esc(String.join(", ", p.regressed()))).append(" |\n");
    }
  }

  /** Every run that is not the same, one row each, linked to its section. */
  private static void runsTable(StringBuilder out, Report r) {
    List<RunDiff> shown = Findings.shown(r);
    if (shown.isEmpty()) {
      return;
    }
    out.append("\n| verdict | board | config | scenario |\n|---|---|---|---|\n");
    for (RunDiff d : shown) {
      out.append("| [").append(Findings.verdictWord(d.verdict())).append("](#").append(anchor(d)).append(") | ")
          .append(esc(d.board())).append(" | ").append(esc(d.config())).append(" | ").append(esc(d.scenario()))
          .append(" |\n");
    }
  }

  private static void layout(StringBuilder out, LayoutDiff l) {
    out.append("\n## ").append(esc((l.before() != null ? l.before().struct() : l.after().struct()) + ", "
        + l.config() + " config")).append("\n\n");
    if (!l.notes().isEmpty()) {
      out.append(esc(l.notes().get(0))).append("\n\n");
    }
    out.append("| before | at | after | at |\n|---|---|---|---|\n");
    for (String[] row : Findings.layoutRows(l.before(), l.after())) {
      out.append("| ").append(code(row[0])).append(" | ").append(esc(row[1])).append(" | ").append(code(row[2]))
          .append(" | ").append(esc(row[3])).append(" |\n");
    }
    if (l.notes().size() > 1) {
      out.append('\n');
      for (int i = 1; i < l.notes().size(); i++) {
        out.append("- ").append(esc(l.notes().get(i))).append('\n');
      }
    }
  }

  private static void run(StringBuilder out, RunDiff d, boolean series) {
    out.append("\n## ").append(Findings.verdictWord(d.verdict())).append(' ').append(esc(Findings.title(d)))
        .append("\n\n");
    String lastWhy = null;
    int trace = 0;
    for (Findings.Finding f : Findings.of(d)) {
      if (f.category() == Findings.Category.TRACE && ++trace > Findings.MAX_TRACE) {
        continue;
      }
      String text = esc(f.text());
      out.append("- ").append(f.category() == Findings.Category.PROBLEM ? "**" + text + "**" : text).append('\n');
      Divergence why = f.change().why();
      String sentence = why == null ? null : why.sentence(series);
      if (sentence != null && !sentence.equals(lastWhy)) {
        out.append("  - *why:* ").append(esc(sentence)).append('\n');
        lastWhy = sentence;
      }
    }
    if (trace > Findings.MAX_TRACE) {
      out.append("- … and ").append(trace - Findings.MAX_TRACE)
          .append(" more call and log differences (`--format json` lists them all)\n");
    }
  }

  /** The heading's anchor as GitHub derives it: lower case, spaces to hyphens, punctuation dropped. */
  static String anchor(RunDiff d) {
    String heading = Findings.verdictWord(d.verdict()) + " " + Findings.title(d);
    return heading.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
  }

  /**
   * Inline text as it reads: HTML's {@code <>&} as entities, the characters that make emphasis, code, links, tables
   * and strike-through escaped anywhere, and those that start a block (a heading, a list item) escaped at the start.
   */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '\n', '\r' -> b.append(' ');
        default -> {
          if ("\\`*_[]|~".indexOf(c) >= 0 || (b.isEmpty() && "#+-=".indexOf(c) >= 0)) {
            b.append('\\');
          }
          b.append(c);
        }
      }
    }
    return b.toString().replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
  }

  /** A code span, fenced with more backticks than the text holds in a row; an empty cell stays empty. */
  static String code(String s) {
    if (s.isEmpty()) {
      return "";
    }
    int run = 0;
    int longest = 0;
    for (char c : s.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String body = s.replace("|", "\\|").replace('\n', ' ');
    boolean pad = body.startsWith("`") || body.endsWith("`");
    return fence + (pad ? " " : "") + body + (pad ? " " : "") + fence;
  }
}
