package org.patchreview.patch;

/**
 * One hunk of one file: its header numbers, the function named after {@code @@ ... @@}, how it went, and the offset
 * (in lines, signed) between where its header says and where its context was found.
 *
 * <p>{@code index} counts from 1 within the file, as {@code patch} and {@code git apply} do.
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
    String message) {

  /** The header as written: {@code @@ -2430,9 +2430,14 @@}. */
  public String header() {
    return "@@ -" + oldStart + "," + oldLines + " +" + newStart + "," + newLines + " @@";
  }
}
