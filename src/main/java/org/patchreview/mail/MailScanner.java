package org.patchreview.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.MimeException;
import org.patchreview.diag.Diagnostic;

/**
 * The first reading: every message is split, decoded, classified and reduced to an {@link Envelope}, one at a time.
 * Only the current message is ever held whole. From a file nothing more is kept; from a stream, which cannot be read
 * twice, the undecoded bytes of the messages that may be chosen are kept: patches, cover letters and the first reply
 * that carries a diff.
 */
final class MailScanner {
  private final List<Envelope> envelopes = new ArrayList<>();
  private final List<Diagnostic> diagnostics;
  private int messages;
  private int binary;
  private boolean replyWithDiffKept;

  MailScanner(List<Diagnostic> diagnostics) {
    this.diagnostics = diagnostics;
  }

  List<Envelope> envelopes() {
    return envelopes;
  }

  /** How many messages were split from the input, decodable or not. */
  int messages() {
    return messages;
  }

  /** How many of them were binary data rather than text. */
  int binary() {
    return binary;
  }

  /** Reads a file, which can be read again later: messages are located by offset, not kept. */
  void scanFile(Path file, String source) {
    try (InputStream in = Files.newInputStream(file)) {
      scan(in, source, file);
    } catch (NoSuchFileException e) {
      diagnostics.add(Diagnostic.error(source, 0, "no such file"));
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error(source, 0, "cannot read the input: " + e.getMessage()));
    }
  }

  /** Reads a stream that cannot be read again: the messages a review may need are kept undecoded. */
  void scanStream(InputStream in, String source) {
    try {
      scan(in, source, null);
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error(source, 0, "cannot read the input: " + e.getMessage()));
    }
  }

  /** The most messages read from one input: ten times the 10,000-message bench thread. */
  static final int MAX_MESSAGES = 100_000;

  private void scan(InputStream in, String source, Path file) throws IOException {
    try {
      scanMessages(in, source, file);
    } catch (MboxSplitter.TooLarge e) {
      diagnostics.add(Diagnostic.error(source, e.line, e.getMessage()));
    }
  }

  private void scanMessages(InputStream in, String source, Path file) throws IOException {
    MessageDecoder decoder = new MessageDecoder(source, diagnostics);
    MboxSplitter splitter = new MboxSplitter(in);
    for (RawMessage raw = splitter.next(); raw != null; raw = splitter.next()) {
      if (++messages > MAX_MESSAGES) {
        throw new MboxSplitter.TooLarge(raw.startLine(), "more than " + MAX_MESSAGES + " messages, the most review "
            + "reads from one input");
      }
      if (raw.isBinary()) {
        binary++;
        continue;
      }
      try {
        envelopes.add(envelope(decoder.decode(raw), raw, file));
      } catch (MimeException e) {
        diagnostics.add(Diagnostic.warning(source, raw.startLine(),
            "cannot decode this message, skipped: " + e.getMessage()));
      } catch (org.apache.james.mime4j.MimeIOException e) {
        // mime4j's limits (header count, folded length) arrive wrapped as I/O errors: this message only.
        diagnostics.add(Diagnostic.warning(source, raw.startLine(),
            "cannot decode this message, skipped: " + e.getCause().getMessage()));
      }
    }
  }

  private Envelope envelope(MailMessage m, RawMessage raw, Path file) {
    SubjectParser.Parsed subject = SubjectParser.parse(m.rawSubject());
    // Replies are never patches, even when they carry a diff (b4 reads them the same way).
    String[] patch = subject.reply() ? null : PatchExtractor.peek(m);
    if (patch != null) {
      return new Envelope(m.source(), m.sourceLine(), Envelope.Kind.PATCH, m.messageId(), m.inReplyTo(),
          m.references(), patch[1], patch[2], patch[0], SubjectParser.parse(patch[0]).prefix(), List.of(),
          location(raw, file, true));
    }
    Envelope.Kind kind = !subject.reply() && subject.prefix().isCoverLetter() ? Envelope.Kind.COVER_LETTER
        : carriesDiff(m) ? Envelope.Kind.REPLY_WITH_DIFF : Envelope.Kind.REPLY;
    List<Envelope.GivenTrailer> given = kind == Envelope.Kind.COVER_LETTER ? List.of()
        : TrailerParser.givenInReply(m.body(), m.bodyLine());
    // Only the first reply with a diff can be chosen (--from-reply, or no patch at all): keep no other.
    boolean needed = kind == Envelope.Kind.COVER_LETTER || (kind == Envelope.Kind.REPLY_WITH_DIFF
        && !replyWithDiffKept);
    replyWithDiffKept |= kind == Envelope.Kind.REPLY_WITH_DIFF;
    return new Envelope(m.source(), m.sourceLine(), kind, m.messageId(), m.inReplyTo(), m.references(),
        m.authorName(), m.authorEmail(), m.rawSubject(), subject.prefix(), given, location(raw, file, needed));
  }

  private static boolean carriesDiff(MailMessage m) {
    return m.parts().stream().anyMatch(p -> PatchExtractor.diffStart(p.text()) >= 0)
        || QuotedDiff.quotePrefix(m.body()) != null;
  }

  private static MessageLocation location(RawMessage raw, Path file, boolean needed) {
    if (file != null) {
      return new MessageLocation.InFile(file, raw.offset(), raw.startLine() - 1);
    }
    return needed ? new MessageLocation.Held(raw) : null;
  }
}
