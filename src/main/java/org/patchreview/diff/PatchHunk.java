package org.patchreview.diff;

import java.util.List;

/**
 * One hunk of a patch as the mail carries it ({@code header} and body {@code lines}, each with its {@code ' '},
 * {@code '-'} or {@code '+'}), placed where it applied: {@code oldStart} and {@code newStart} are the lines of the
 * trees before and after this patch where its first body line sits (the header's numbers moved by the offset).
 * {@code patch} counts the mails of a series from 1; {@code index} the hunks of the file from 1.
 */
public record PatchHunk(int patch, String file, int index, String header, List<String> lines, int oldStart,
    int newStart) {

  public PatchHunk {
    lines = List.copyOf(lines);
  }

  /** What reports cite: the hunk's place in the series and its header. */
  public HunkRef ref() {
    return new HunkRef(patch, file, index, header);
  }

  /** The new-tree line of body line {@code i}, or -1 when that line is removed. */
  public int newLineOf(int i) {
    return lineOf(i, newStart, '-');
  }

  /** The old-tree line of body line {@code i}, or -1 when that line is added. */
  public int oldLineOf(int i) {
    return lineOf(i, oldStart, '+');
  }

  /** Counts the body lines before {@code i} that exist on this side (all but {@code other} and markers). */
  private int lineOf(int i, int start, char other) {
    if (kind(i) == other) {
      return -1;
    }
    int line = start;
    for (int k = 0; k < i; k++) {
      char c = kind(k);
      if (c != other && c != '\\') {
        line++;
      }
    }
    return line;
  }

  /** The body line's mark: {@code ' '}, {@code '-'}, {@code '+'} or {@code '\\'} (no newline at end of file). */
  public char kind(int i) {
    String l = lines.get(i);
    return l.isEmpty() ? ' ' : l.charAt(0);
  }

  int oldCount() {
    return (int) lines.stream().filter(l -> l.isEmpty() || l.charAt(0) == ' ' || l.charAt(0) == '-').count();
  }

  int newCount() {
    return (int) lines.stream().filter(l -> l.isEmpty() || l.charAt(0) == ' ' || l.charAt(0) == '+').count();
  }
}
