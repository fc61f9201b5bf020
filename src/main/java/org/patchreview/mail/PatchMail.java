package org.patchreview.mail;

import java.util.List;

/**
 * One patch as it travelled by mail: who sent it, what it says, and the unified diff to apply.
 *
 * <p>{@code diff} is the text from the first {@code diff --git} (or {@code ---} / {@code Index:}) line to the end,
 * without the format-patch signature; what follows a hunk's line counts (a {@code base-commit:} trailer, b4's
 * remnants) is still in it, and {@link ParsedDiff} leaves it out when it reads the diff. Line numbers are 1-based lines of {@code source}, so that a
 * diagnostic can point at the mail the reviewer holds; {@code messageId}, {@code inReplyTo} and {@code references}
 * are bare ids, without angle brackets.
 */
public record PatchMail(
    String source,
    int sourceLine,
    String subject,
    String rawSubject,
    SubjectPrefix prefix,
    String authorName,
    String authorEmail,
    String date,
    String messageId,
    String inReplyTo,
    List<String> references,
    String message,
    List<Trailer> trailers,
    String diff,
    int diffLine,
    List<String> to,
    List<String> cc) {

  public PatchMail {
    references = List.copyOf(references);
    trailers = List.copyOf(trailers);
    to = List.copyOf(to);
    cc = List.copyOf(cc);
  }

  /** A patch whose mail named no recipients (or whose recipients are not known). */
  public PatchMail(String source, int sourceLine, String subject, String rawSubject, SubjectPrefix prefix,
      String authorName, String authorEmail, String date, String messageId, String inReplyTo, List<String> references,
      String message, List<Trailer> trailers, String diff, int diffLine) {
    this(source, sourceLine, subject, rawSubject, prefix, authorName, authorEmail, date, messageId, inReplyTo,
        references, message, trailers, diff, diffLine, List.of(), List.of());
  }

  /** The same patch credited to another author (a diff recovered from a reply is not the replier's). */
  PatchMail withAuthor(String name, String email) {
    return new PatchMail(source, sourceLine, subject, rawSubject, prefix, name, email, date, messageId, inReplyTo,
        references, message, trailers, diff, diffLine, to, cc);
  }

  /** The values of all trailers with this key (case-insensitive), in order. */
  public List<String> trailerValues(String key) {
    return trailers.stream().filter(t -> t.key().equalsIgnoreCase(key)).map(Trailer::value).toList();
  }
}
