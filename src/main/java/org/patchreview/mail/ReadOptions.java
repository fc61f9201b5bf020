package org.patchreview.mail;

/**
 * How to read a mail input: which version of a series to take ({@code 0}: the newest complete one), and whether to
 * take the diff from a reply that quotes it even when the patch itself is there.
 */
public record ReadOptions(int version, boolean fromReply) {

  public static final ReadOptions DEFAULT = new ReadOptions(0, false);

  public ReadOptions {
    if (version < 0) {
      throw new IllegalArgumentException("version must be 1 or more, or 0 for the newest complete one");
    }
  }
}
