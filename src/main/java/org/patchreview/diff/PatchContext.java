package org.patchreview.diff;

/** What explaining a difference needs beyond the two runs: how the patch moved lines, and the source text. */
public record PatchContext(PatchLines lines, SourceText text) {
  public static final PatchContext NONE = new PatchContext(PatchLines.NONE, SourceText.NONE);
}
