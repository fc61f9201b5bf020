package org.patchreview.report;

import org.patchreview.patch.ApplyResult;
import org.patchreview.patch.FileResult;
import org.patchreview.patch.HunkResult;
import org.patchreview.patch.Mismatch;

/**
 * Failed hunks shown beside the most similar place of their file: what the patch expects on the left, what the file
 * has on the right, {@code |} between lines that differ. Printed under the one-line errors of a patch that does not
 * apply.
 */
public final class SideBySide {
  private static final int MAX_WIDTH = 60;

  private SideBySide() {}

  public static String render(Report r) {
    StringBuilder out = new StringBuilder();
    for (Report.PatchEntry p : r.patches()) {
      render(out, p.applied());
      if (p.model() != null) {
        render(out, p.model());
      }
    }
    return out.toString();
  }

  private static void render(StringBuilder out, ApplyResult applied) {
    for (FileResult f : applied.files()) {
      for (HunkResult h : f.hunks()) {
        if (h.mismatch() != null) {
          hunk(out, f.path(), h, h.mismatch());
        }
      }
    }
  }

  private static void hunk(StringBuilder out, String path, HunkResult h, Mismatch m) {
    int width = Math.max("the patch expects".length(),
        m.expected().stream().mapToInt(l -> cut(l).length()).max().orElse(0));
    out.append("  ").append(path).append(", hunk #").append(h.index()).append(" ").append(h.header()).append('\n');
    out.append("    ").append(pad("the patch expects", width)).append("   ").append(path).append(" at line ")
        .append(m.line()).append('\n');
    for (int k = 0; k < Math.max(m.expected().size(), m.found().size()); k++) {
      String expected = k < m.expected().size() ? cut(m.expected().get(k)) : "";
      String found = k < m.found().size() ? cut(m.found().get(k)) : k == m.found().size() ? "(end of file)" : "";
      boolean same = k < m.expected().size() && k < m.found().size() && m.expected().get(k).equals(m.found().get(k));
      String row = "    " + pad(expected, width) + (same ? "   " : " | ") + found;
      out.append(row.stripTrailing()).append('\n');
    }
  }

  private static String cut(String line) {
    return line.length() > MAX_WIDTH ? line.substring(0, MAX_WIDTH - 1) + "…" : line;
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
