package org.patchreview.diff;

import java.util.List;

/**
 * One file of one patch of a series, as the mail carries it: its {@code diff --git}, {@code index}, {@code ---} and
 * {@code +++} lines and its hunks. {@code oldPath} is the path before the patch, {@code path} after it.
 */
public record PatchFile(int patch, String oldPath, String path, List<String> header, List<PatchHunk> hunks) {
  public PatchFile {
    header = List.copyOf(header);
    hunks = List.copyOf(hunks);
  }
}
