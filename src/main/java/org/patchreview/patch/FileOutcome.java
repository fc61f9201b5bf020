package org.patchreview.patch;

/** How applying the patch to one file went. */
public enum FileOutcome {
  /** Every hunk applied; the after tree holds the new content. */
  APPLIED("applied"),
  /** The modelled tree lacks the file, so it was left out; the rest of the patch still applies. */
  OUTSIDE_MODEL("outside-model"),
  /** A binary change: it cannot be replayed, so it was left out; the rest of the patch still applies. */
  NOT_REPLAYABLE("not-replayable"),
  /** Refused as unsafe: an absolute path, a path that leaves the tree, a symbolic link. */
  REFUSED("refused"),
  /** At least one hunk did not apply; the file keeps its old content. */
  FAILED("failed");

  private final String label;

  FileOutcome(String label) {
    this.label = label;
  }

  /** The name used in JSON. */
  public String label() {
    return label;
  }
}
