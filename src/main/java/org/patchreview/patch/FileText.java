package org.patchreview.patch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A file as lines without their endings, decoded as ISO-8859-1 so that comparing strings compares bytes.
 *
 * <p>Like JGit's {@code PatchApplier} on a work tree: a CR-LF file patched by a diff whose lines have no CR is
 * compared without the CRs and written back with CR-LF endings; otherwise lines are compared as they are.
 */
final class FileText {
  final List<String> lines;
  final boolean convertCrLf;
  final boolean missingNewlineAtEnd;

  private FileText(List<String> lines, boolean convertCrLf, boolean missingNewlineAtEnd) {
    this.lines = lines;
    this.convertCrLf = convertCrLf;
    this.missingNewlineAtEnd = missingNewlineAtEnd;
  }

  /** The lines of {@code content}; {@code patchHasCrLf} tells whether the diff's own lines end in CR-LF. */
  static FileText of(byte[] content, boolean patchHasCrLf) {
    String text = new String(content, StandardCharsets.ISO_8859_1);
    boolean convert = !patchHasCrLf && text.contains("\r\n");
    List<String> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      int stop = end < 0 ? text.length() : end;
      String line = text.substring(start, stop);
      out.add(convert && line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
      start = stop + 1;
    }
    return new FileText(out, convert, !text.isEmpty() && !text.endsWith("\n"));
  }

  /** {@code lines} written back with this file's line endings, the last one ended or not. */
  byte[] write(List<String> result, boolean newlineAtEnd) {
    String eol = convertCrLf ? "\r\n" : "\n";
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < result.size(); i++) {
      out.append(result.get(i));
      if (i + 1 < result.size() || newlineAtEnd) {
        out.append(eol);
      }
    }
    return out.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A line as a reader wants to see it: UTF-8, tabs as spaces. */
  static String show(String latin1) {
    return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8).replace("\t", "    ")
        .replace("\r", "");
  }

  /** A line quoted in a one-line message: as {@link #show}, trimmed, cut when long. */
  static String quote(String latin1) {
    String s = show(latin1).strip();
    return s.length() > 72 ? s.substring(0, 72) + "…" : s;
  }

  /**
   * Two lines equal once runs of blanks are compared loosely: any run of spaces and tabs matches any other run, and
   * blanks at the end of a line are ignored (GNU patch's {@code -l}, git's {@code --ignore-whitespace}).
   */
  static boolean looselyEqual(String a, String b) {
    int i = 0;
    int j = 0;
    int n = trimmedEnd(a);
    int m = trimmedEnd(b);
    while (i < n && j < m) {
      boolean blankA = isBlank(a.charAt(i));
      boolean blankB = isBlank(b.charAt(j));
      if (blankA != blankB) {
        return false;
      }
      if (blankA) {
        while (i < n && isBlank(a.charAt(i))) {
          i++;
        }
        while (j < m && isBlank(b.charAt(j))) {
          j++;
        }
      } else if (a.charAt(i++) != b.charAt(j++)) {
        return false;
      }
    }
    return i == n && j == m;
  }

  private static int trimmedEnd(String s) {
    int end = s.length();
    while (end > 0 && (isBlank(s.charAt(end - 1)) || s.charAt(end - 1) == '\r')) {
      end--;
    }
    return end;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
