package org.patchreview.report;

import java.util.List;
import java.util.Locale;
import org.patchreview.c.FileParse;
import org.patchreview.c.ParseTotals;
import org.patchreview.c.TopLevel;

/** Renders the figures of {@code review parse}: a table per file, the totals, the problem tokens, the failures. */
public final class ParseRenderer {
  private ParseRenderer() {}

  /** The text report; {@code perFile} adds a row per file and the list of declarations that did not parse. */
  public static String text(List<FileParse> files, ParseTotals totals, boolean perFile) {
    StringBuilder sb = new StringBuilder();
    table(sb, files, totals, perFile);
    problemTokens(sb, totals);
    if (perFile) {
      failures(sb, files);
    }
    sb.append(String.format(Locale.ROOT, "files: %d, perfect %d, with problems %d%n", totals.files(),
        totals.perfect(), totals.files() - totals.perfect()));
    sb.append(String.format(Locale.ROOT, "lines: %d, good %d, passed %d, bad %d: %s%% good or passed%n",
        totals.lines(), totals.good(), totals.passed(), totals.bad(), percent(totals.percentGood())));
    sb.append(String.format(Locale.ROOT, "functions: %d%n", totals.functions()));
    return sb.toString();
  }

  private static void table(StringBuilder sb, List<FileParse> files, ParseTotals totals, boolean perFile) {
    int width = 5;
    for (FileParse f : files) {
      width = Math.max(width, f.path().length());
    }
    String row = "%-" + width + "s %7s %7s %7s %6s %9s %7s%n";
    if (perFile) {
      sb.append(String.format(Locale.ROOT, row, "file", "lines", "good", "passed", "bad", "functions", "good%"));
      for (FileParse f : files) {
        sb.append(String.format(Locale.ROOT, row, f.path(), f.lines(), f.good(), f.passed(), f.bad(), f.functions(),
            percent(f.percentGood())));
      }
    }
    sb.append(String.format(Locale.ROOT, row, "total", totals.lines(), totals.good(), totals.passed(), totals.bad(),
        totals.functions(), percent(totals.percentGood())));
    sb.append('\n');
  }

  private static void problemTokens(StringBuilder sb, ParseTotals totals) {
    if (totals.problemTokens().isEmpty()) {
      return;
    }
    sb.append("most problematic tokens:\n");
    for (ParseTotals.ProblemToken t : totals.problemTokens()) {
      TopLevel e = t.example();
      sb.append(String.format(Locale.ROOT, "  %-24s in %d parse error%s, e.g. %s:%d%n", t.text(), t.count(),
          t.count() == 1 ? "" : "s", e.error().file(), e.error().line()));
      if (!e.error().quotedLine().isEmpty()) {
        sb.append("      ").append(e.error().quotedLine().strip()).append('\n');
      }
    }
    sb.append('\n');
  }

  private static void failures(StringBuilder sb, List<FileParse> files) {
    for (FileParse f : files) {
      if (!f.note().isEmpty()) {
        sb.append("review: ").append(f.path()).append(": note: ").append(f.note()).append('\n');
      }
      for (TopLevel t : f.failures()) {
        sb.append("review: ").append(t.error().oneLine()).append(" (lines ").append(t.firstLine()).append('-')
            .append(t.lastLine()).append(" not parsed)\n");
      }
    }
  }

  private static String percent(double p) {
    return String.format(Locale.ROOT, "%.2f", p);
  }
}
