package org.patchreview.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.james.mime4j.MimeException;
import org.patchreview.diag.Diagnostic;

/**
 * Reads patches from an mbox, a single mail or a bare diff, one message at a time.
 *
 * <p>Only the current message is held undecoded; what is kept is the decoded patches and messages.
 */
public final class MailReader {

  private MailReader() {}

  /** Reads a file; its name appears in diagnostics exactly as given. */
  public static MailReadResult read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (NoSuchFileException e) {
      return failed(file, "no such file");
    } catch (IOException e) {
      return failed(file, "cannot read the input: " + e.getMessage());
    }
  }

  private static MailReadResult failed(Path file, String why) {
    return new MailReadResult(List.of(), List.of(), List.of(Diagnostic.error(file.toString(), 0, why)));
  }

  /** Reads a stream, naming it {@code sourceName} in results and diagnostics; the stream is not closed. */
  public static MailReadResult read(InputStream in, String sourceName) {
    List<PatchMail> patches = new ArrayList<>();
    List<MailMessage> others = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    MessageDecoder decoder = new MessageDecoder(sourceName, diagnostics);
    MboxSplitter splitter = new MboxSplitter(in);
    int count = 0;
    try {
      for (RawMessage raw = splitter.next(); raw != null; raw = splitter.next()) {
        count++;
        readOne(raw, sourceName, decoder, patches, others, diagnostics);
      }
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error(sourceName, 0, "cannot read the input: " + e.getMessage()));
    }
    if (patches.isEmpty()) {
      diagnostics.add(Diagnostic.error(sourceName, 0, count == 0
          ? "no patch found: the input is empty"
          : "no patch found: " + count + " message(s), none carries a diff"));
    }
    return new MailReadResult(patches, others, diagnostics);
  }

  private static void readOne(RawMessage raw, String sourceName, MessageDecoder decoder, List<PatchMail> patches,
      List<MailMessage> others, List<Diagnostic> diagnostics) throws IOException {
    MailMessage message;
    try {
      message = decoder.decode(raw);
    } catch (MimeException e) {
      diagnostics.add(Diagnostic.error(sourceName, raw.startLine(),
          "cannot decode this message: " + e.getMessage()));
      return;
    }
    Optional<PatchMail> patch = PatchExtractor.extract(message, raw);
    if (patch.isEmpty()) {
      others.add(message);
      return;
    }
    patches.add(patch.get());
    diagnostics.addAll(ParsedDiff.of(patch.get()).diagnostics());
  }
}
