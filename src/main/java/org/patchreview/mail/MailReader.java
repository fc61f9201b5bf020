package org.patchreview.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.patchreview.diag.Diagnostic;

/**
 * Reads patches from an mbox, a maildir or a folder of mails, a single mail or a bare diff, or a stream.
 *
 * <p>Two readings: the first splits and decodes every message, one at a time, keeping only an {@link Envelope} of
 * each (no bodies); the second picks what to review and reads just those messages again (by file offset; from a
 * stream, their undecoded bytes were kept). So an mbox of any size is never held in memory.
 */
public final class MailReader {

  private MailReader() {}

  /** Reads a file or folder; its name appears in diagnostics exactly as given. */
  public static MailReadResult read(Path file) {
    return read(file, ReadOptions.DEFAULT);
  }

  /** Reads a file, or every mail of a folder (a maildir's {@code cur} and {@code new}, or the files in it). */
  public static MailReadResult read(Path file, ReadOptions options) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    MailScanner scanner = new MailScanner(diagnostics);
    if (Files.isDirectory(file)) {
      List<Path> mails = folder(file, diagnostics);
      mails.forEach(m -> scanner.scanFile(m, m.toString()));
    } else {
      scanner.scanFile(file, file.toString());
    }
    return finish(scanner, file.toString(), options, diagnostics);
  }

  /** Reads a stream, naming it {@code sourceName} in results and diagnostics; the stream is not closed. */
  public static MailReadResult read(InputStream in, String sourceName) {
    return read(in, sourceName, ReadOptions.DEFAULT);
  }

  public static MailReadResult read(InputStream in, String sourceName, ReadOptions options) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    MailScanner scanner = new MailScanner(diagnostics);
    scanner.scanStream(in, sourceName);
    return finish(scanner, sourceName, options, diagnostics);
  }

  private static MailReadResult finish(MailScanner scanner, String input, ReadOptions options,
      List<Diagnostic> diagnostics) {
    if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
      return new MailReadResult(List.of(), List.of(), diagnostics);
    }
    return new SeriesAssembler(input, scanner.envelopes(), diagnostics).assemble(options, noPatch(scanner));
  }

  private static String noPatch(MailScanner scanner) {
    if (scanner.messages() == 0) {
      return "no patch found: the input is empty";
    }
    if (scanner.binary() == scanner.messages()) {
      return "no patch found: the input is binary data, not mail or a diff";
    }
    return "no patch found: " + scanner.messages() + " message(s), none carries a diff"
        + (scanner.binary() > 0 ? " (" + scanner.binary() + " of them binary data)" : "");
  }

  /**
   * The mails of a folder in name order: a maildir's {@code new} and {@code cur} (maildir names start with the time
   * of delivery), or else the regular files of the folder itself (as {@code git format-patch -o} or {@code b4 am -o}
   * leave them). Hidden files are left out.
   */
  static List<Path> folder(Path dir, List<Diagnostic> diagnostics) {
    boolean maildir = Files.isDirectory(dir.resolve("cur")) || Files.isDirectory(dir.resolve("new"));
    List<Path> places = maildir ? List.of(dir.resolve("new"), dir.resolve("cur")) : List.of(dir);
    List<Path> out = new ArrayList<>();
    for (Path place : places) {
      if (!Files.isDirectory(place)) {
        continue;
      }
      try (Stream<Path> files = Files.list(place)) {
        files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).forEach(out::add);
      } catch (IOException e) {
        diagnostics.add(Diagnostic.error(place.toString(), 0, "cannot list the folder: " + e.getMessage()));
      }
    }
    out.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    if (out.isEmpty() && diagnostics.isEmpty()) {
      diagnostics.add(Diagnostic.error(dir.toString(), 0, "no patch found: the folder holds no mail"
          + (maildir ? " (an empty maildir)" : "")));
    }
    return out;
  }
}
