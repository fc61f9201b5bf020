package org.patchreview.patch;

/** How one hunk went. */
public enum HunkOutcome {
  /** Applied where its header says. */
  CLEAN("clean"),
  /** Applied with its context found some lines away from where its header says. */
  OFFSET("offset"),
  /** Its pre-image was not found. */
  FAILED("failed");

  private final String label;

  HunkOutcome(String label) {
    this.label = label;
  }

  /** The name used in JSON. */
  public String label() {
    return label;
  }
}
