package org.patchreview.patch;

/** How one hunk went; when several apply (a fuzzed hunk that also moved), the first in this order is given. */
public enum HunkOutcome {
  /** Applied where its header says, every line as written. */
  CLEAN("clean"),
  /** Applied with its context found some lines away from where its header says. */
  OFFSET("offset"),
  /** Applied with some context lines at its ends ignored ({@code --fuzz}). */
  FUZZ("fuzz"),
  /** Applied once runs of blanks were compared loosely ({@code --ignore-whitespace}). */
  WHITESPACE("whitespace"),
  /** Not applied: its pre-image was not found, or it would land outside the function its header names. */
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
