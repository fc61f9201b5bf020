package org.patchreview.diff;

/** A hunk named the way reports cite it: patch {@code patch} of the series, hunk {@code index} of {@code file}. */
public record HunkRef(int patch, String file, int index, String header) {
  /** {@code hunk #2 of arch/arm/mm/dma-mapping.c}, with {@code of patch 3} in a series. */
  public String name(boolean series) {
    return "hunk #" + index + " of " + file + (series ? " (patch " + patch + ")" : "");
  }

  /** A stable identifier for links and anchors: {@code p1-arch-arm-mm-dma-mapping-c-h2}. */
  public String anchor() {
    return "p" + patch + "-" + file.replaceAll("[^A-Za-z0-9]+", "-") + "-h" + index;
  }
}
