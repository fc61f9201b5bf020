package org.patchreview.patch;

import java.util.List;

/**
 * Why a hunk failed, for a reader: the lines it expects beside the lines at the most similar place of the file.
 *
 * <p>{@code line} is where that place starts (1-based, in the file before the patch); {@code found} has as many lines
 * as {@code expected} unless the file ends first; {@code firstDifference} indexes the first expected line that does
 * not match there; {@code same} counts the lines that do.
 */
public record Mismatch(int line, List<String> expected, List<String> found, int firstDifference, int same) {

  public Mismatch {
    expected = List.copyOf(expected);
    found = List.copyOf(found);
  }
}
