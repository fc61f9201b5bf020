package org.patchreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What users of format-patch and b4 type: -v N, --version, --base by prefix, --list-bases, output for grep. */
class NewcomerOptionsTest {
  private static final String REFERENCE = "patches/0001-ARM-dma-mapping-Don-t-tear-third-party-mappings.mbox";

  private static ApplyCommand apply(String... args) {
    ApplyCommand c = new ApplyCommand(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertTrue(Cli.parse(c.command(), List.of(args)));
    return c;
  }

  @Test
  void theSeriesVersionHasThreeSpellings() {
    assertEquals(2, apply("-v", "2", "m").version);
    assertEquals(3, apply("-v3", "m").version);
    assertEquals(4, apply("--series-version=4", "m").version);
    ApplyCommand old = apply("--version", "5", "m");
    assertEquals(5, old.version);
    assertFalse(old.showVersion);
  }

  @Test
  void versionBeforeAFileIsReviewsVersion() {
    ApplyCommand c = apply("--version", "mail.mbox");
    assertTrue(c.showVersion);
    assertEquals("mail.mbox", c.file);
    CommandLineRun r = CommandLineRun.of("apply", "--version", REFERENCE);
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(Main.VERSION + "\n", r.out());
    assertEquals(Main.VERSION + "\n", CommandLineRun.of("apply", "--version").out());
  }

  @Test
  void listBasesNamesEveryStateWithItsTagEntryAndUpstream() {
    CommandLineRun r = CommandLineRun.of("apply", "--list-bases");
    assertEquals(0, r.exitCode(), r.err());
    String[] lines = r.out().split("\n");
    assertTrue(lines[0].matches("TAG +--base ENTRY +UPSTREAM"), lines[0]);
    assertTrue(lines[1].matches("v4\\.11 +before:0001-of-acpi-configure-dma-at-probe-time +- +the oldest state"),
        lines[1]);
    assertTrue(r.out().contains("\nv4.12      0003-arm-dma-mapping-dont-tear-third-party-mappings "), r.out());
    assertTrue(r.out().matches("(?s).*\n- +0004-arm-dma-mapping-reset-dma-ops-when-tearing-down +- +side branch, "
        + "after base\n.*"), r.out());
    // One row per state under the heading: the oldest, then one after each entry of the chain.
    assertEquals(2 + chainEntries(), r.out().lines().takeWhile(l -> !l.isEmpty()).count());
  }

  @Test
  void baseTakesAUniquePrefixOfAnEntry() {
    CommandLineRun r = CommandLineRun.of("apply", "--check", "--base", "0003", "--format", "json",
        "patches/0004-ARM-dma-mapping-Minor-comment-and-naming-cleanups.mbox");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("\"base\": \"the modelled kernel at 0003-arm-dma-mapping-dont-tear-third-party-mappings"
        + "\""), r.out());
    CommandLineRun ambiguous = CommandLineRun.of("apply", "--base", "001", REFERENCE);
    assertEquals(2, ambiguous.exitCode());
    assertTrue(ambiguous.err().startsWith("review: --base 001 is ambiguous: it begins 5 history entries (0010-"),
        ambiguous.err());
    CommandLineRun none = CommandLineRun.of("apply", "--base", "v9", REFERENCE);
    assertEquals(2, none.exitCode());
    assertTrue(none.err().contains("'review apply --list-bases' lists them all"), none.err());
  }

  @Test
  void pipedTextIsNotWrappedUnlessAWidthIsGiven() {
    CommandLineRun piped = CommandLineRun.of("apply", "--full", REFERENCE);
    assertEquals(0, piped.exitCode(), piped.err());
    String finding = piped.out().lines().filter(l -> l.contains("fault gone: NULL pointer dereference in "
        + "__iommu_remove_mapping")).findFirst().orElseThrow();
    assertTrue(finding.endsWith("read from address 0x0 through a NULL pointer"), finding);
    CommandLineRun narrow = CommandLineRun.of("apply", "--full", "--width", "60", REFERENCE);
    assertTrue(narrow.out().lines().allMatch(l -> l.length() <= 60 || !l.contains(" ")
        || l.startsWith("    ")), narrow.out());
    assertTrue(narrow.out().lines().anyMatch(l -> l.contains("fault gone: NULL pointer dereference in")
        && !l.endsWith("NULL pointer")), "wrapped at 60");
  }

  /** The entries chain.txt lists (not its comments, root or base lines). */
  private static long chainEntries() {
    try {
      return java.nio.file.Files.readAllLines(java.nio.file.Path.of("corpus/history/chain.txt")).stream()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .filter(l -> !l.startsWith("root") && !l.matches("base(\\s.*)?")).count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
