package org.patchreview.mail;

/**
 * A trailer given in a reply to a patch (or to its cover letter): the tag, who gave it and in which mail, and whether
 * it was collected. One that is not collected says why in {@code reason} (empty when collected).
 */
public record CollectedTrailer(String key, String value, String name, String email, String givenBy,
    String givenByEmail, String messageId, String source, int line, boolean collected, String reason) {

  public Trailer trailer() {
    return new Trailer(key, value);
  }
}
