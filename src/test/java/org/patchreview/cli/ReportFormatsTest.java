package org.patchreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report formats through the command line: b4's check protocol on standard input, the reply mail and HTML
 * written with --output, colour only when asked for or on a terminal. The renderers' output itself is checked by the
 * golden files of the report package.
 */
class ReportFormatsTest {
  static final String SAME = "patches/0004-ARM-dma-mapping-Minor-comment-and-naming-cleanups.mbox";

  private static CommandLineRun withStdin(byte[] input, String... args) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(input));
    try {
      return CommandLineRun.of(args);
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void b4SendsOneMessageOnStandardInputAndReadsAJsonArray() throws Exception {
    // What b4 pipes: the message alone, without an mbox From_ line.
    String mail = Files.readString(Path.of(ReferencePatchTest.PATCH), StandardCharsets.UTF_8);
    byte[] message = mail.substring(mail.indexOf('\n') + 1).getBytes(StandardCharsets.UTF_8);
    CommandLineRun r = withStdin(message, "apply", "--format", "checks", "-");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("[\n  {\"tool\": \"review/behaviour\", \"status\": \"pass\", "
        + "\"summary\": \"removes 15 problem(s), adds none (40 runs on "), r.out());
    assertTrue(r.out().contains("\"details\": \"[{\\\"status\\\": \\\"pass\\\", \\\"description\\\": \\\"use after free "
        + "in __arm_iommu_attach_device"), r.out());
  }

  @Test
  void aMessageWithoutAPatchIsNothingToReport() {
    CommandLineRun r = CommandLineRun.of("apply", "--format", "checks", "patches/0091-no-diff.mbox");
    assertEquals(3, r.exitCode());
    assertEquals("[]\n", r.out());
    assertTrue(r.err().startsWith("review: "), r.err());
  }

  @Test
  void aPatchThatDoesNotApplyFailsWithTheReason() {
    CommandLineRun r = CommandLineRun.of("apply", "--format", "checks", "patches/0090-does-not-apply.mbox", "--base",
        "v4.12-rc1");
    assertEquals(3, r.exitCode());
    assertTrue(r.out().contains("\"status\": \"fail\""), r.out());
    assertTrue(r.out().contains("\"summary\": \"not replayed: hunk #2"), r.out());
  }

  @Test
  void everyFormatWritesToOutputAndNothingToStandardOutput(@TempDir Path dir) throws Exception {
    for (String format : new String[] {"md", "mail", "html"}) {
      Path out = dir.resolve("report." + format);
      CommandLineRun r = CommandLineRun.of("apply", SAME, "--format", format, "--output", out.toString());
      assertEquals(0, r.exitCode(), r.err());
      assertEquals("", r.out());
      String written = Files.readString(out, StandardCharsets.UTF_8);
      assertTrue(written.contains(switch (format) {
        case "md" -> "**40 runs (4 boards x 2 configs x 5 scenarios): 0 regressed, 0 fixed, 0 changed, 40 same**";
        case "mail" -> "Subject: Re: [PATCH] ARM: dma-mapping: Minor comment and naming cleanups";
        default -> "<!DOCTYPE html>";
      }), format + ": " + written);
      try (var files = Files.list(dir)) {
        assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
      }
    }
  }

  @Test
  void colourOnlyWhenAskedForSinceTestsAreNotATerminal() {
    CommandLineRun plain = CommandLineRun.of("apply", SAME);
    CommandLineRun colour = CommandLineRun.of("apply", SAME, "--color", "always");
    assertFalse(plain.out().contains("\u001b["), plain.out());
    assertTrue(colour.out().startsWith("\u001b[1mreview: [PATCH] ARM: dma-mapping: Minor comment"), colour.out());
    assertEquals(plain.out(), colour.out().replaceAll("\u001b\\[[0-9;]*m", ""));
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CommandLineRun r = CommandLineRun.of("apply", SAME, "--format", "pdf");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--format"), r.err());
  }
}
