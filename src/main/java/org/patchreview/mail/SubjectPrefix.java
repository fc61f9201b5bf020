package org.patchreview.mail;

import java.util.List;

/**
 * What the {@code [PATCH ...]} prefix of a subject says: RFC or not, version, position in a series, other tags.
 *
 * <p>{@code version} is 1 when the prefix names none; {@code index} and {@code total} are 0 outside a series
 * (a cover letter is {@code 0/N}).
 */
public record SubjectPrefix(boolean rfc, int version, int index, int total, List<String> tags) {

  public static final SubjectPrefix NONE = new SubjectPrefix(false, 1, 0, 0, List.of());

  public SubjectPrefix {
    tags = List.copyOf(tags);
  }

  public boolean inSeries() {
    return total > 0;
  }

  public boolean isCoverLetter() {
    return total > 0 && index == 0;
  }
}
