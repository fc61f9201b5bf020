package org.patchreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mail inputs end to end: threads, series, folders, standard input, diffs recovered from replies, and the inputs that
 * must stop with exit 3 and one clear line.
 */
class MailInputsTest {
  private static final String MAIL = "src/test/resources/mail/";

  private static final String SUMMARY_OF_THE_REFERENCE = "\"summary\": {\"regressed\": 0, \"fixed\": 10, "
      + "\"changed\": 15, \"same\": 15,";
  private static CommandLineRun thread;

  @TempDir
  Path dir;

  /** The reference thread, piped on standard input. */
  @BeforeAll
  static void readTheThreadFromStandardInput() throws IOException {
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream(Files.readAllBytes(Path.of(MAIL + "reference-thread.mbox"))));
      thread = json("-");
    } finally {
      System.setIn(stdin);
    }
  }

  private static CommandLineRun json(String... args) {
    String[] all = Stream.concat(Stream.of("apply"), Stream.concat(Stream.of(args), Stream.of("--format", "json")))
        .toArray(String[]::new);
    return CommandLineRun.of(all);
  }

  @Test
  void theReferenceThreadShowsBothTrailersAndReplaysLikeThePatch() {
    assertEquals(0, thread.exitCode(), thread.err());
    assertEquals("", thread.err());
    assertTrue(thread.out().contains("\"collected_trailers\": [\n        {\"key\": \"Reviewed-by\", "
        + "\"value\": \"Robin Murphy <robin.murphy@arm.com>\""), thread.out());
    assertTrue(thread.out().contains("\"key\": \"Tested-by\", \"value\": \"Laurent Pinchart "
        + "<laurent.pinchart@ideasonboard.com>\""), thread.out());
    assertTrue(thread.out().contains("\"location\": \"<stdin>:317\""), "the line of the Tested-by in the input");
    assertTrue(thread.out().contains(SUMMARY_OF_THE_REFERENCE), thread.out());
  }

  @Test
  void aSeriesTakesTheNewestCompleteVersionInIndexOrder() {
    CommandLineRun r = CommandLineRun.of("apply", "--full", "--width", "100", MAIL + "series-versions.mbox");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.err().contains("note: v3 is incomplete (2/3 and 3/3 are missing); reviewing v2"), r.err());
    assertTrue(r.out().startsWith("series: v2, 2 patches (the newest complete version)\n"
        + "  also in the input: v1 (2 of 2), v3 (1 of 3, incomplete)\n"
        + "  cover letter (context, not applied): [PATCH v2 0/2] ARM: dma-mapping: Fix teardown"), r.out());
    int first = r.out().indexOf("review: [PATCH v2 1/2]");
    int second = r.out().indexOf("review: [PATCH v2 2/2]");
    assertTrue(first > 0 && second > first, "1/2 before 2/2 although the mbox has 2/2 first");
    assertTrue(r.out().contains("    arch/arm/mm/dma-mapping.c  clean, clean\n"), "2/2 applies on 1/2's tree");
    // The text report wraps at 100 columns (COLUMNS when set), continuation lines indented by four more.
    assertTrue(r.out().contains("each patch on the tree the one before left:\n"
        + "  1/2 ARM: dma-mapping: Don't tear third-party mappings: 0 regressed, 10 fixed, 15 changed, 15 same\n"
        + "  2/2 ARM: dma-mapping: Explain the DMA ops reset in arch_teardown_dma_ops(): 0 regressed, 0\n"
        + "      fixed, 0 changed, 40 same\n"), r.out());
    assertTrue(r.out().contains("    Tested-by: Geert Uytterhoeven <geert+renesas@glider.be>  (given in a mail from\n"
        + "        geert@linux-m68k.org, not from geert+renesas@glider.be)"), r.out());
    assertTrue(r.out().contains("    Reviewed-by: Kazuo Tanabe <kazuo.tanabe@example.com>  (given on v1 1/2, not on the "
        + "version\n        reviewed (v2))"), r.out());
  }

  @Test
  void versionChoosesAnother() {
    CommandLineRun v1 = CommandLineRun.of("apply", "--full", "--width", "100", MAIL + "series-versions.mbox", "--version", "1");
    assertEquals(1, v1.exitCode(), "v1 resets the ops unconditionally, which regresses lager: " + v1.err());
    assertTrue(v1.out().startsWith("series: v1, 2 patches (asked for with --version 1)\n"), v1.out());
    assertTrue(v1.out().contains("  1/2 ARM: dma-mapping: Minor comment and naming cleanups: 0 regressed, 0 fixed, 0 "
        + "changed, 40 same\n  2/2 ARM: dma-mapping: Reset DMA ops when tearing down a device: 4 regressed, 6 fixed, "
        + "15\n      changed, 15 same\n    regressed: lager/default/rebind, lager/default/unbind, "
        + "lager/xen-dom0/rebind,\n        lager/xen-dom0/unbind\n"), "each patch replayed on its own points at 2/2: "
        + v1.out());
    CommandLineRun v4 = CommandLineRun.of("apply", MAIL + "series-versions.mbox", "--version", "4");
    assertEquals(3, v4.exitCode(), v4.err());
    assertEquals("review: " + MAIL + "series-versions.mbox: error: there is no v4 in the input; it holds v1, v2 "
        + "and v3", v4.err().strip());
    assertEquals(2, CommandLineRun.of("apply", MAIL + "series-versions.mbox", "--version", "0").exitCode());
    assertEquals(2, CommandLineRun.of("apply", MAIL + "series-versions.mbox", "--version", "2", "--from-reply")
        .exitCode());
  }

  /** 1/2 leaves a block open, 2/2 closes it: the series builds, but not at every point. */
  @Test
  void aSeriesThatDoesNotBuildHalfwayIsNamedAsNotBisectable() {
    CommandLineRun r = CommandLineRun.of("apply", "--width", "100", MAIL + "series-bisect-break.mbox");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.err().startsWith("review: " + MAIL + "series-bisect-break.mbox:1: warning: the kernel does not "
        + "build after this patch ("), r.err());
    assertTrue(r.err().contains("so the series cannot be bisected here"), r.err());
    assertTrue(r.out().contains("each patch on the tree the one before left:\n  1/2 ARM: dma-mapping: Only tear "
        + "down IOMMU DMA ops of attached devices: not replayed on its\n      own (the kernel does not build on one "
        + "side)\n"), r.out());
  }

  @Test
  void fromReplyReplaysTheDiffTheReviewQuotes() {
    CommandLineRun r = json(MAIL + "reference-thread.mbox", "--from-reply");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.err().contains("warning: quoted diff: the reply stops quoting this hunk 1 context line(s) before "
        + "its end; it is recounted without them"), r.err());
    assertTrue(r.out().contains("\"recovered_from_reply\": \"0b4f8b44-4c8a-9d1e-2f5a-7a1f3c6e2b10@arm.com\""));
    assertEquals(ExampleMailsTest.verdicts(thread.out()), ExampleMailsTest.verdicts(r.out()));
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of("truncated.mbox", "truncated.mbox:69: error: malformed diff: truncated hunk"),
        Arguments.of("no-diff.eml", "no-diff.eml: error: no patch found: 1 message(s), none carries a diff"),
        Arguments.of("nothing-parseable.mbox", "nothing-parseable.mbox: error: no patch found: 3 message(s), none "
            + "carries a diff"),
        Arguments.of("reply-quoting-part-of-the-diff.eml", "reply-quoting-part-of-the-diff.eml:16: error: the "
            + "quoted diff stops inside the hunk that starts here, before all its changed lines"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputsExitThreeWithTheFileAndLine(String name, String firstLine) {
    CommandLineRun r = CommandLineRun.of("apply", MAIL + name);
    assertEquals(3, r.exitCode(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("review: " + MAIL + firstLine), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void binaryDataAndAnEmptyFolderExitThree() throws IOException {
    Path binary = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    CommandLineRun r = CommandLineRun.of("apply", binary.toString());
    assertEquals(3, r.exitCode());
    assertEquals("review: " + binary + ": error: no patch found: the input is binary data, not mail or a diff",
        r.err().strip());
    Files.createDirectories(dir.resolve("box/cur"));
    CommandLineRun empty = CommandLineRun.of("apply", dir.resolve("box").toString());
    assertEquals(3, empty.exitCode());
    assertTrue(empty.err().contains("error: no patch found: the folder holds no mail (an empty maildir)"),
        empty.err());
  }

  @Test
  void fromReplyWithoutAnyReplyIsBadInput() {
    CommandLineRun r = CommandLineRun.of("apply", ReferencePatchTest.PATCH, "--from-reply");
    assertEquals(3, r.exitCode());
    assertTrue(r.err().contains("error: --from-reply: no reply in the input carries a diff, quoted or not"), r.err());
  }
}
