package org.patchreview.patch;

/**
 * One hunk of one file: its header numbers, the text after {@code @@ ... @@}, how it went, and where it landed.
 *
 * <p>{@code offset} is the signed distance in lines between where the header says and where the hunk's first line
 * was found; {@code fuzz} is how many context lines at each end had to be ignored (GNU patch's fuzz factor);
 * {@code whitespace} says that the lines it expects matched only when runs of blanks were compared loosely.
 * {@code anchor} says whether a moved hunk still lands in the function its header names; {@code mismatch}, for a
 * hunk that failed, shows the most similar place of the file beside what the hunk expects (null otherwise).
 * {@code index} counts from 1 within the file, as {@code patch} and {@code git apply} do.
 */
public record HunkResult(
    int index,
    int oldStart,
    int oldLines,
    int newStart,
    int newLines,
    String function,
    HunkOutcome outcome,
    int offset,
    int fuzz,
    boolean whitespace,
    Anchor anchor,
    Mismatch mismatch,
    String message) {

  public HunkResult {
    anchor = anchor == null ? Anchor.unchecked("") : anchor;
    message = message == null ? "" : message;
  }

  /** The header as written: {@code @@ -2430,9 +2430,14 @@}. */
  public String header() {
    return "@@ -" + oldStart + "," + oldLines + " +" + newStart + "," + newLines + " @@";
  }

  /** How it went in a few words: {@code clean}, {@code offset +3}, {@code fuzz 1, offset -2}, {@code failed}. */
  public String summary() {
    if (outcome == HunkOutcome.FAILED) {
      return "failed";
    }
    StringBuilder s = new StringBuilder();
    if (fuzz > 0) {
      s.append("fuzz ").append(fuzz);
    }
    if (whitespace) {
      s.append(s.isEmpty() ? "" : ", ").append("whitespace-tolerant");
    }
    if (offset != 0) {
      s.append(s.isEmpty() ? "" : ", ").append("offset ").append(offset > 0 ? "+" : "").append(offset)
          .append(Math.abs(offset) == 1 ? " line" : " lines");
    }
    return s.isEmpty() ? "clean" : s.toString();
  }
}
