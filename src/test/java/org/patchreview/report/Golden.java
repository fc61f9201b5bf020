package org.patchreview.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/**
 * Golden files: {@code X.expected} beside the input holds what a renderer must print. {@code -Dcorpus.bless=true}
 * rewrites them; a mismatch writes {@code X.received} next to it and prints a unified diff.
 */
final class Golden {
  static final boolean BLESS = Boolean.getBoolean("corpus.bless");

  private Golden() {}

  static void check(Path expected, String actual) {
    Path received = expected.resolveSibling(expected.getFileName().toString().replaceFirst("\\.expected$", "")
        + ".received");
    try {
      if (BLESS) {
        Files.writeString(expected, actual, StandardCharsets.UTF_8);
        Files.deleteIfExists(received);
        return;
      }
      if (!Files.exists(expected)) {
        Files.writeString(received, actual, StandardCharsets.UTF_8);
        fail(expected + " is missing (wrote " + received + "); run the tests with -Dcorpus.bless=true to create it");
      }
      String want = Files.readString(expected, StandardCharsets.UTF_8);
      if (want.equals(actual)) {
        Files.deleteIfExists(received);
        return;
      }
      Files.writeString(received, actual, StandardCharsets.UTF_8);
      String diff = unifiedDiff(want, actual, expected.getFileName().toString());
      System.out.println(diff);
      fail(expected + " differs from what the renderer printed (" + received + "):\n"
          + (diff.length() > 4000 ? diff.substring(0, 4000) + "\n[diff cut at 4000 characters]" : diff));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A unified diff with three lines of context, JGit's histogram diff. */
  static String unifiedDiff(String expected, String actual, String name) {
    RawText a = new RawText(expected.getBytes(StandardCharsets.UTF_8));
    RawText b = new RawText(actual.getBytes(StandardCharsets.UTF_8));
    EditList edits = new HistogramDiff().diff(RawTextComparator.DEFAULT, a, b);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DiffFormatter f = new DiffFormatter(out)) {
      f.setContext(3);
      f.format(edits, a, b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "--- " + name + "\n+++ " + name.replaceFirst("\\.expected$", ".received") + "\n"
        + out.toString(StandardCharsets.UTF_8);
  }
}
