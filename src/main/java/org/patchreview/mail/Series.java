package org.patchreview.mail;

import java.util.List;

/**
 * The series a review took from the input: its version and length, the cover letter (context, never applied), the
 * members that are missing, every version the input holds, and why this one was taken.
 *
 * <p>A single patch outside any numbered series is a series of {@code total} 0 with nothing missing.
 */
public record Series(int version, int total, boolean rfc, List<String> tags, CoverLetter cover, List<String> missing,
    List<VersionSeen> versions, String chosenBecause) {

  /** No series: nothing was read. */
  public static final Series NONE = new Series(1, 0, false, List.of(), null, List.of(), List.of(), "");

  /** One version found in the input: how many patches, out of how many, and whether none is missing. */
  public record VersionSeen(int version, int patches, int total, boolean complete) {}

  public Series {
    tags = List.copyOf(tags);
    missing = List.copyOf(missing);
    versions = List.copyOf(versions);
  }

  public boolean complete() {
    return missing.isEmpty();
  }
}
