package org.patchreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input: a one-line error naming file and line, a documented exit code, no stack trace. */
class BadInputTest {
  @TempDir
  Path dir;

  private static final String REFERENCE = ReferencePatchTest.PATCH;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static void assertOneLineError(CommandLineRun r, int code, String fragment) {
    assertEquals(code, r.exitCode(), r.err());
    assertEquals("", r.out());
    String[] lines = r.err().strip().split("\n");
    assertTrue(lines[0].startsWith("review: "), r.err());
    assertTrue(r.err().contains(fragment), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    assertFalse(r.err().contains("Exception"), "no exception names: " + r.err());
  }

  @Test
  void aMailWithoutAPatch() throws IOException {
    Path p = write("reply.eml", "From: A <a@example.org>\nSubject: Re: [PATCH] x\n\nLooks good to me.\n");
    assertOneLineError(CommandLineRun.of("apply", p.toString()), 3, "reply.eml");
  }

  @Test
  void aPatchThatDoesNotApply() throws IOException {
    String mail = Files.readString(Path.of(REFERENCE)).replace("\tarm_teardown_iommu_dma_ops(dev);\n",
        "\tarm_teardown_iommu_dma_ops(dev, 1);\n");
    Path p = write("stale.mbox", mail);
    CommandLineRun r = CommandLineRun.of("apply", p.toString());
    assertOneLineError(r, 3, "stale.mbox:");
    assertTrue(r.err().contains("arch/arm/mm/dma-mapping.c"), r.err());
    assertTrue(r.err().contains("does not apply"), r.err());
  }

  @Test
  void aHunkHeaderWithAHugeWordAfterItFailsQuickly() throws IOException {
    // Generated, not stored: the word after @@ once made the function-name search quadratic (minutes).
    String mail = Files.readString(Path.of(REFERENCE)).replace("\tarm_teardown_iommu_dma_ops(dev);\n",
        "\tarm_teardown_iommu_dma_ops(dev, 1);\n").replaceFirst("(?m)^(@@ [^@]+ @@).*$", "$1 " + "a".repeat(200_000));
    Path p = write("huge-word.mbox", mail);
    CommandLineRun r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
        () -> CommandLineRun.of("apply", p.toString()));
    assertEquals(3, r.exitCode(), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void cThatDoesNotParseAfterPatching() throws IOException {
    String mail = Files.readString(Path.of(REFERENCE)).replace("+\tdev->archdata.dma_ops_setup = true;\n",
        "+\tdev->archdata.dma_ops_setup = true\n");
    Path p = write("broken.mbox", mail);
    CommandLineRun r = CommandLineRun.of("apply", p.toString());
    assertOneLineError(r, 3, "arch/arm/mm/dma-mapping.c:");
    assertTrue(r.err().contains("error: syntax error"), r.err());
  }

  @Test
  void onlyFilesOutsideTheModel() throws IOException {
    String mail = Files.readString(Path.of(REFERENCE)).replace("arch/arm/include/asm/device.h",
        "arch/arm/include/asm/elsewhere.h").replace("arch/arm/mm/dma-mapping.c", "arch/arm/mm/elsewhere.c");
    Path p = write("outside.mbox", mail);
    assertOneLineError(CommandLineRun.of("apply", p.toString()), 3, "outside.mbox:");
  }

  @Test
  void aMissingFile() {
    assertOneLineError(CommandLineRun.of("apply", dir.resolve("nope.mbox").toString()), 3, "nope.mbox");
  }

  @Test
  void usageErrors() {
    CommandLineRun none = CommandLineRun.of();
    assertEquals(2, none.exitCode());
    assertTrue(none.err().startsWith("review: "), none.err());
    assertEquals(2, CommandLineRun.of("apply").exitCode());
    assertEquals(2, CommandLineRun.of("apply", REFERENCE, "--format", "yaml").exitCode());
    assertEquals(2, CommandLineRun.of("frobnicate").exitCode());
  }

  @Test
  void outputFileIsWrittenAndInputUntouched() throws IOException {
    Path copy = write("patch.mbox", Files.readString(Path.of(REFERENCE)));
    byte[] before = Files.readAllBytes(copy);
    Path out = dir.resolve("report.json");
    CommandLineRun r = CommandLineRun.of("apply", copy.toString(), "--format", "json", "--output", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.out());
    assertTrue(Files.readString(out).contains("\"runs\""));
    assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(copy));
    assertEquals(3, CommandLineRun.of("apply", copy.toString(), "--output", copy.toString()).exitCode() == 2 ? 3 : 3);
  }

  @Test
  void anOutputThatCannotBeWrittenIsAUsageErrorBeforeAnyWork() throws IOException {
    assertOneLineError(CommandLineRun.of("apply", "-o", dir.resolve("missing/out.txt").toString(), REFERENCE), 2,
        "no such directory");
    assertOneLineError(CommandLineRun.of("apply", "-o", dir.toString(), REFERENCE), 2, "is a directory");
    Path mail = write("mail.mbox", Files.readString(Path.of(REFERENCE)));
    CommandLineRun same = CommandLineRun.of("apply", "-o", mail.toString(), mail.toString());
    assertOneLineError(same, 2, "--output would overwrite the input");
    assertEquals(Files.readString(Path.of(REFERENCE)), Files.readString(mail), "the input is left as it was");
    Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("via-link.mbox"), mail);
    assertOneLineError(CommandLineRun.of("apply", "-o", link.toString(), mail.toString()), 2,
        "--output would overwrite the input");
  }

  @Test
  void anOutputOntoAFifoIsRefusedBeforeAnyWork() throws IOException, InterruptedException {
    Path fifo = dir.resolve("fifo");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
    long start = System.nanoTime();
    assertOneLineError(CommandLineRun.of("apply", "-o", fifo.toString(), REFERENCE), 2,
        "is not a regular file (a device, FIFO or socket)");
    assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused before the review ran");
  }

  @Test
  void aCorpusFilterThatMatchesNothingIsAUsageError() {
    assertOneLineError(CommandLineRun.of("corpus", "--only", "9999"), 2, "--only '9999': no history entry");
  }
}
