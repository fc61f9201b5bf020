package org.patchreview.mail;

import java.util.List;

/**
 * Any message of the input, decoded: a patch, a cover letter or a reply.
 *
 * <p>Kept for every message so that threads and trailers given in replies can be gathered later. {@code sourceLine}
 * is where the message starts in {@code source} (its {@code From } line in an mbox), {@code bodyLine} where its body
 * starts; {@code headerless} marks a bare diff read without any mail header.
 */
public record MailMessage(
    String source,
    int sourceLine,
    int bodyLine,
    boolean headerless,
    String rawSubject,
    String authorName,
    String authorEmail,
    String date,
    String messageId,
    String inReplyTo,
    List<String> references,
    List<MailPart> parts,
    List<String> to,
    List<String> cc) {

  public MailMessage {
    references = List.copyOf(references);
    parts = List.copyOf(parts);
    to = List.copyOf(to);
    cc = List.copyOf(cc);
  }

  /** A message whose recipients are not known (a bare diff, the first reading of an mbox). */
  public MailMessage(String source, int sourceLine, int bodyLine, boolean headerless, String rawSubject,
      String authorName, String authorEmail, String date, String messageId, String inReplyTo, List<String> references,
      List<MailPart> parts) {
    this(source, sourceLine, bodyLine, headerless, rawSubject, authorName, authorEmail, date, messageId, inReplyTo,
        references, parts, List.of(), List.of());
  }

  /** The text of the first part: the body a reader sees first. */
  public String body() {
    return parts.isEmpty() ? "" : parts.get(0).text();
  }
}
