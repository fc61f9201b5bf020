package org.patchreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchreview.testing.LinuxSource;

/** {@code review equiv}: the model's functions against a tree's, over the whole matrix. */
class EquivCommandTest {
  private static final String DMA = "arch/arm/mm/dma-mapping.c";

  @TempDir
  Path dir;

  @Test
  void theLifecycleFunctionsOfLinux61BehaveAsTheModels() {
    Path linux = LinuxSource.tree("6.1");
    CommandLineRun r = CommandLineRun.of("equiv", "--tree", linux.toString(), DMA);
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("review: linux-source-6.1 (directory) against the modelled kernel at v5.19 (the "
        + "newest modelled release not after the tree's Linux 6.1."), r.out());
    for (String fn : List.of("arm_iommu_create_mapping", "release_iommu_mapping", "arm_iommu_release_mapping",
        "__arm_iommu_attach_device", "arm_iommu_attach_device", "arm_iommu_detach_device", "arm_setup_iommu_dma_ops",
        "arm_teardown_iommu_dma_ops", "arch_setup_dma_ops", "arch_teardown_dma_ops")) {
      assertTrue(r.out().matches("(?s).*\n  same    " + fn.replace("_", "_") + "\\(\\) \\(line \\d+\\)\n.*"), fn + ": "
          + r.out());
    }
    // What the model lacks is named with what it needs, never as a C error.
    assertTrue(r.err().contains(DMA + ":"), r.err());
    assertTrue(r.err().lines().allMatch(l -> l.contains(": note: outside the model: ")), r.err());
  }

  @Test
  void aTreeWithNoModelledFileIsOneLineAndExit3() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CommandLineRun r = CommandLineRun.of("equiv", "--tree", empty.toString());
    assertEquals(3, r.exitCode(), r.err());
    assertEquals("review: error: no function of empty (directory) could run in the modelled kernel after "
        + "0027-iommu-exynos-fix-device-leak-on-of-xlate (the newest modelled state: the tree's Makefile names no release): the tree has none of the modelled files\n",
        r.err());
    assertEquals("", r.out());
  }

  @Test
  void aRevisionThatDoesNotExistIsOneLineAndExit3() throws Exception {
    Path repo = dir.resolve("repo");
    Files.createDirectories(repo);
    try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(repo.toFile()).call()) {
      Files.writeString(repo.resolve("README"), "x\n");
      git.add().addFilepattern("README").call();
      git.commit().setMessage("one").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org")
          .setSign(false).call();
    }
    CommandLineRun r = CommandLineRun.of("equiv", "--tree", repo.toString(), "--rev", "no-such-rev");
    assertEquals(3, r.exitCode(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("review: ") && r.err().contains("no-such-rev"), r.err());
  }

  @Test
  void withoutTreeItIsAUsageError() {
    CommandLineRun r = CommandLineRun.of("equiv");
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().startsWith("review: equiv needs --tree PATH\n"), r.err());
  }
}
