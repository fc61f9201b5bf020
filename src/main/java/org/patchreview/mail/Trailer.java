package org.patchreview.mail;

/** One {@code Key: value} trailer of a commit message, such as {@code Signed-off-by} or {@code Fixes}. */
public record Trailer(String key, String value) {

  @Override
  public String toString() {
    return key + ": " + value;
  }
}
