package org.patchreview.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
      String diff = org.patchreview.regression.GoldenFiles.diff(expected.getFileName().toString(), want, actual);
      System.out.println(diff);
      fail(expected + " differs from what the renderer printed (" + received + "):\n"
          + (diff.length() > 4000 ? diff.substring(0, 4000) + "\n[diff cut at 4000 characters]" : diff));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
