package org.patchreview.mail;

import java.util.List;

/**
 * What the first reading keeps of a message: what it is, who sent it, where it sits in its thread, the trailers it
 * gives (for a reply) and where to read it again. Bodies are not kept, so an mbox of any size is indexed in little
 * memory.
 *
 * <p>{@code location} is null for a message read from a stream that will never be read again: a reply without a
 * diff, or with one but not the first.
 */
record Envelope(
    String source,
    int line,
    Kind kind,
    String messageId,
    String inReplyTo,
    List<String> references,
    String authorName,
    String authorEmail,
    String rawSubject,
    SubjectPrefix prefix,
    List<GivenTrailer> given,
    MessageLocation location) {

  /** What a message is to a reviewer. */
  enum Kind {
    /** Carries a diff and is not a reply. */
    PATCH,
    /** The 0/N message of a series: context, never applied. */
    COVER_LETTER,
    /** A reply (or any other mail) that carries a diff, under quote marks or not. */
    REPLY_WITH_DIFF,
    /** A reply, or any other mail, without a diff. */
    REPLY
  }

  /** A trailer a reply gives, with the source line it is on. */
  record GivenTrailer(Trailer trailer, int line) {}

  Envelope {
    references = List.copyOf(references);
    given = List.copyOf(given);
  }

  /** Short form for messages: {@code v3 2/5}, or {@code v3} outside a numbered series. */
  String position() {
    return "v" + prefix.version() + (prefix.inSeries() ? " " + prefix.index() + "/" + prefix.total() : "");
  }

  /** The message as {@link MailReadResult#otherMessages()} lists it: headers only. */
  MailMessage headersOnly() {
    return new MailMessage(source, line, line, false, rawSubject, authorName, authorEmail, "", messageId, inReplyTo,
        references, List.of());
  }
}
