package org.patchreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchreview.corpus.Corpus;
import org.patchreview.testing.LinuxSource;
import org.patchreview.tree.SourceTree;

/**
 * {@code review apply --tree}: the tree's own functions run inside the model, before and after the patch. A made-up
 * tree (the model's files with some functions changed) checks what is left to the model and why; Debian's Linux 6.1
 * checks that real functions run and that findings cite the real file's lines (skipped without the package).
 */
class RealTreeTest {
  private static final String REFERENCE = "patches/0001-ARM-dma-mapping-Don-t-tear-third-party-mappings.mbox";
  private static final String DMA = "arch/arm/mm/dma-mapping.c";

  @TempDir
  Path dir;

  /** The model's files at v4.12-rc1 with a Makefile saying so, standing for a user's tree. */
  private Path madeUpTree() throws IOException {
    Path linux = dir.resolve("linux");
    SourceTree model = Corpus.bundled().kernel();
    for (String p : model.paths()) {
      Files.createDirectories(linux.resolve(p).getParent());
      Files.write(linux.resolve(p), model.read(p).orElseThrow());
    }
    Files.writeString(linux.resolve("Makefile"), "VERSION = 4\nPATCHLEVEL = 12\nSUBLEVEL = 0\nEXTRAVERSION = -rc1\n");
    return linux;
  }

  /** Inserts {@code statement} first in the body of the function whose definition starts with {@code head}. */
  private static void insertInBody(Path file, String head, String statement) throws IOException {
    String text = Files.readString(file);
    int at = text.indexOf("{\n", text.indexOf(head)) + 2;
    Files.writeString(file, text.substring(0, at) + "\t" + statement + "\n" + text.substring(at));
  }

  @Test
  void functionsTheModelCannotRunAreNamedWithWhatTheyNeedAndTheRestRunFromTheTree() throws IOException {
    Path linux = madeUpTree();
    Path dma = linux.resolve(DMA);
    insertInBody(dma, "void arm_iommu_release_mapping(", "asm volatile(\"dsb\" ::: \"memory\");");
    insertInBody(dma, "int arm_iommu_attach_device(", "frob_widget(dev);");
    CommandLineRun r = CommandLineRun.of("apply", "--tree", linux.toString(), REFERENCE);
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.err().contains("note: outside the model: arm_iommu_release_mapping() needs inline assembly; the "
        + "model's own arm_iommu_release_mapping() runs instead"), r.err());
    assertTrue(r.err().contains("note: outside the model: arm_iommu_attach_device() needs frob_widget; the model's "
        + "own arm_iommu_attach_device() runs instead"), r.err());
    assertTrue(r.err().matches("(?s).*" + DMA + ": note: \\d+ functions run as linux \\(directory\\) has them.*"
        + "arch_setup_dma_ops\\(\\).*"), r.err());
    assertFalse(r.err().contains("run as linux (directory) has them (its lines cited): arm_iommu_release_mapping()"),
        r.err());
    assertTrue(r.out().contains("behaviour replayed on the modelled kernel at v4.12-rc1 (the newest modelled release"
        + " not after the tree's Linux 4.12-rc1, from its Makefile), with "), r.out());
    // The functions that ran from the tree are the model's own text: the review gives the model's verdicts.
    assertTrue(r.out().contains("\n40 runs (4 boards x 2 configs x 5 scenarios): 0 regressed, 10 fixed, 15 changed, "
        + "15 same\n"), r.out());
  }

  @Test
  void aTreeWithoutThePatchedFilesIsOneLineAndExit3() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CommandLineRun r = CommandLineRun.of("apply", "--tree", empty.toString(), REFERENCE);
    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.err().lines().filter(l -> l.contains(": error: ")).allMatch(l -> l.startsWith("review: ")
        && !l.contains("Exception")), r.err());
  }

  @Test
  void aRealPatchOnLinux61RunsTheRealFunctionsAndCitesTheRealLines() throws IOException {
    Path linux = LinuxSource.tree("6.1");
    String text = Files.readString(linux.resolve(DMA));
    List<String> lines = text.lines().toList();
    int release = lines.indexOf("static void release_iommu_mapping(struct kref *kref)");
    int kfree = release;
    while (!lines.get(kfree).equals("\tkfree(mapping);")) {
      kfree++;
    }
    // A patch made here against the real file: release_iommu_mapping() no longer frees the mapping.
    Path mail = dir.resolve("leak.mbox");
    Files.writeString(mail, "From: Test <t@example.org>\nSubject: [PATCH] ARM: dma-mapping: keep the mapping\n"
        + "Date: Sun, 6 Dec 2026 12:00:00 +0000\n\nSigned-off-by: Test <t@example.org>\n---\n"
        + "--- a/" + DMA + "\n+++ b/" + DMA + "\n@@ -" + kfree + ",3 +" + kfree + ",2 @@\n"
        + " " + lines.get(kfree - 1) + "\n-" + lines.get(kfree) + "\n " + lines.get(kfree + 1) + "\n");
    CommandLineRun r = CommandLineRun.of("apply", "--tree", linux.toString(), mail.toString());
    assertEquals(1, r.exitCode(), r.err());
    for (String fn : List.of("arm_iommu_create_mapping", "release_iommu_mapping", "arm_iommu_release_mapping",
        "__arm_iommu_attach_device", "arm_iommu_attach_device", "arm_iommu_detach_device", "arm_setup_iommu_dma_ops",
        "arm_teardown_iommu_dma_ops", "arch_setup_dma_ops", "arch_teardown_dma_ops")) {
      assertTrue(r.err().matches("(?s).*" + DMA + ": note: \\d+ functions run as [^\n]*[ (]" + fn.replace("_", "_")
          + "\\(\\).*"), fn + " runs from the tree: " + r.err());
    }
    assertTrue(r.out().contains("behaviour replayed on the modelled kernel at v5.19 (the newest modelled release not"
        + " after the tree's Linux 6.1."), r.out());
    assertTrue(r.out().matches("(?s).*leak new: dma_iommu_mapping#\\d+ .*"), r.out());
    // Cited where the real file has it (line numbers are 1-based; kfree is the 0-based index of the removed line).
    assertTrue(r.out().contains("only before runs \"kfree(mapping);\" (" + DMA + ":" + (kfree + 1) + ")"), r.out());
  }
}
