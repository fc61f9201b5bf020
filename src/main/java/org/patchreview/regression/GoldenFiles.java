package org.patchreview.regression;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/**
 * The golden reports of the corpus: read from the corpus folder, rewritten by {@code --bless} (atomically), and
 * compared with what a replay received; a mismatch leaves {@code received.json} or {@code received.txt} beside the golden file and a unified
 * diff for the user.
 */
public final class GoldenFiles {
  private final Path folder;

  /** {@code folder} is the corpus's {@code history} folder on disk, or null when only the bundled copy exists. */
  GoldenFiles(Path folder) {
    this.folder = folder;
  }

  Optional<String> expected(String entry, String file, org.patchreview.tree.SourceTree bundled) {
    if (folder != null) {
      Path p = folder.resolve(entry).resolve(file);
      try {
        return Files.exists(p) ? Optional.of(Files.readString(p, StandardCharsets.UTF_8)) : Optional.empty();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bundled.readString(entry + "/" + file);
  }

  void write(String entry, String file, String text) {
    if (folder == null) {
      throw new IllegalStateException("no corpus folder to write golden files into");
    }
    Path target = folder.resolve(entry).resolve(file);
    try {
      org.patchreview.AtomicWrite.text(target, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  void received(String entry, String file, String text) {
    if (folder != null) {
      write(entry, file.replace("expected", "received") + "", text);
    }
  }

  void clearReceived(String entry, String file) {
    if (folder != null) {
      try {
        Files.deleteIfExists(folder.resolve(entry).resolve(file.replace("expected", "received")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  boolean writable() {
    return folder != null;
  }

  /** A unified diff of expected against received, as {@code diff -u} prints it (JGit's histogram diff). */
  public static String diff(String name, String expected, String received) {
    RawText a = new RawText(expected.getBytes(StandardCharsets.UTF_8));
    RawText b = new RawText(received.getBytes(StandardCharsets.UTF_8));
    EditList edits = new HistogramDiff().diff(RawTextComparator.DEFAULT, a, b);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DiffFormatter f = new DiffFormatter(out)) {
      out.writeBytes(("--- " + name + " (expected)\n+++ " + name + " (received)\n").getBytes(StandardCharsets.UTF_8));
      f.format(edits, a, b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
