package org.patchreview.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.patchreview.diag.Diagnostic;
import org.patchreview.mail.MailReader;
import org.patchreview.mail.PatchMail;
import org.patchreview.tree.SourceTree;

class PatcherTest {
  private static final String DEVICE_H = "arch/arm/include/asm/device.h";
  private static final String DMA_MAPPING_C = "arch/arm/mm/dma-mapping.c";

  private static final String DEVICE_BEFORE = """
      /*
       * Arch specific extensions to struct device
       *
       * This file is released under the GPLv2
       */
      #ifndef ASMARM_DEVICE_H
      #define ASMARM_DEVICE_H

      struct dev_archdata {
      #ifdef CONFIG_DMABOUNCE
      \tstruct dmabounce_device_info *dmabounce;
      #endif
      #ifdef CONFIG_IOMMU_API
      \tvoid *iommu; /* private IOMMU data */
      #endif
      #ifdef CONFIG_ARM_DMA_USE_IOMMU
      \tstruct dma_iommu_mapping\t*mapping;
      #endif
      #ifdef CONFIG_XEN
      \tconst struct dma_map_ops *dev_dma_ops;
      #endif
      \tbool dma_coherent;
      };

      struct omap_device;

      #endif
      """;

  /** 39 lines, then the hunk's nine lines of context at line 40 (the patch says 2430). */
  private static final String DMA_BEFORE = filler(28) + """
      void arch_setup_dma_ops(struct device *dev, u64 dma_base, u64 size,
      \t\t\tconst struct iommu_ops *iommu, bool coherent)
      {
      \tconst struct dma_map_ops *dma_ops;

      \tdev->archdata.dma_coherent = coherent;
      \tif (arm_setup_iommu_dma_ops(dev, dma_base, size, iommu))
      \t\tdma_ops = arm_get_iommu_dma_map_ops(coherent);
      #ifdef CONFIG_XEN
      \tif (xen_initial_domain()) {
      \t\tdev->archdata.dev_dma_ops = dev->dma_ops;
      \t\tdev->dma_ops = xen_dma_ops;
      \t}
      #endif
      }

      void arch_teardown_dma_ops(struct device *dev)
      {
      \tarm_teardown_iommu_dma_ops(dev);
      }
      """;

  private static String filler(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      sb.append("/* line ").append(i).append(" */\n");
    }
    return sb.toString();
  }

  static PatchMail reference() {
    var result = MailReader.read(Path.of("src/test/resources/mail/reference.mbox"));
    return result.patches().get(0);
  }

  static SourceTree tree(String... pathsAndContents) {
    Map<String, byte[]> files = new TreeMap<>();
    for (int i = 0; i < pathsAndContents.length; i += 2) {
      files.put(pathsAndContents[i], pathsAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return SourceTree.of("test tree", files);
  }

  @Test
  void referencePatchAppliesWithAnOffset() {
    assertEquals("\t\tdev->dma_ops = xen_dma_ops;", DMA_BEFORE.lines().toList().get(39), "context at line 40");
    SourceTree before = tree(DEVICE_H, DEVICE_BEFORE, DMA_MAPPING_C, DMA_BEFORE);

    ApplyResult result = Patcher.apply(before, reference());

    assertTrue(result.applied(), result.diagnostics().toString());
    assertEquals(List.of(), result.diagnostics());
    FileResult device = result.files().get(0);
    assertEquals(DEVICE_H, device.path());
    assertEquals(ChangeType.MODIFY, device.change());
    assertEquals(List.of(new HunkResult(1, 19, 7, 19, 8, "struct dev_archdata {", HunkOutcome.CLEAN, 0, 0, false,
        new Anchor("", null, ""), null, "")), device.hunks());
    HunkResult dma = result.files().get(1).hunks().get(0);
    assertEquals(HunkOutcome.OFFSET, dma.outcome());
    assertEquals(-2390, dma.offset());
    assertEquals("applied at line 40 (offset -2390 lines)", dma.message());
    assertEquals("void arch_setup_dma_ops(struct device *dev, u64 dma_base, u64 size,", dma.function());
    assertEquals("@@ -2430,9 +2430,14 @@", dma.header());

    assertEquals(DEVICE_BEFORE.replace("\tbool dma_coherent;\n",
        "\tunsigned int dma_coherent:1;\n\tunsigned int dma_ops_setup:1;\n"), read(result.after(), DEVICE_H));
    assertEquals(DMA_BEFORE
        .replace("#endif\n}\n", "#endif\n\tdev->archdata.dma_ops_setup = true;\n}\n")
        .replace("{\n\tarm_teardown_iommu_dma_ops(dev);\n}\n",
            "{\n\tif (!dev->archdata.dma_ops_setup)\n\t\treturn;\n\n\tarm_teardown_iommu_dma_ops(dev);\n"
                + "\tset_dma_ops(dev, NULL);\n}\n"), read(result.after(), DMA_MAPPING_C));
    assertEquals(DEVICE_BEFORE, read(before, DEVICE_H), "the tree before is never changed");
    assertEquals(2, before.changedPaths(result.after()).size());
  }

  @Test
  void filesOutsideTheModelAreLeftOut() {
    SourceTree before = tree(DEVICE_H, DEVICE_BEFORE);
    ApplyResult result = Patcher.apply(before, reference());
    assertTrue(result.applied());
    assertEquals(List.of(DMA_MAPPING_C), result.outsideModel().stream().map(FileResult::path).toList());
    assertEquals(FileOutcome.APPLIED, result.files().get(0).outcome());
    assertEquals(List.of("reference.mbox:65: note: arch/arm/mm/dma-mapping.c is not in the modelled tree; "
        + "its 1 hunk(s) are left out"), result.diagnostics().stream().map(PatcherTest::shortName).toList());
    assertFalse(result.after().contains(DMA_MAPPING_C));
  }

  @Test
  void nothingInTheModelAppliesNothing() {
    ApplyResult result = Patcher.apply(tree("README", "x\n"), reference());
    assertFalse(result.applied(), "no file applied");
    assertEquals(2, result.outsideModel().size());
    assertSame(result.before(), result.after());
  }

  /** A diff JGit parsed with errors is never applied, not even the files before the error. */
  @Test
  void aDiffWithParseErrorsIsNeverApplied() {
    PatchMail truncated = MailReader.read(Path.of("src/test/resources/mail/truncated.mbox")).patches().get(0);
    SourceTree before = tree(DEVICE_H, DEVICE_BEFORE, DMA_MAPPING_C, DMA_BEFORE);
    ApplyResult result = Patcher.apply(before, truncated);
    assertFalse(result.applied());
    assertEquals(List.of(), result.files(), "no file touched, even device.h whose hunk is whole");
    assertSame(before, result.after());
    assertTrue(result.diagnostics().get(0).message().startsWith("malformed diff: truncated hunk"));
  }

  @Test
  void seriesAppliesEachMailOnTheTreeBefore() {
    SourceTree before = tree(DEVICE_H, DEVICE_BEFORE, DMA_MAPPING_C, DMA_BEFORE);
    List<ApplyResult> results = Patcher.applySeries(before, List.of(reference(), reference()));
    assertTrue(results.get(0).applied());
    assertSame(results.get(0).after(), results.get(1).before());
    ApplyResult again = results.get(1);
    assertFalse(again.applied());
    assertEquals(List.of(FileOutcome.FAILED, FileOutcome.FAILED),
        again.files().stream().map(FileResult::outcome).toList());
    assertSame(again.before(), again.after(), "failed files keep their content");
    List<String> messages = again.diagnostics().stream().map(PatcherTest::shortName).toList();
    assertEquals("reference.mbox:55: error: hunk #1 (@@ -19,7 +19,8 @@ struct dev_archdata {) of " + DEVICE_H
        + " does not apply: the most similar place is line 19 (3 of 7 lines the same), where line 22 reads"
        + " \"unsigned int dma_coherent:1;\" but the patch expects removed line \"bool dma_coherent;\" (found"
        + " nowhere in the file)", messages.get(0));
    assertEquals("reference.mbox:69: error: hunk #1 (@@ -2430,9 +2430,14 @@ arch_setup_dma_ops) of " + DMA_MAPPING_C
        + " does not apply: the most similar place is line 40 (3 of 9 lines the same), where line 43 reads"
        + " \"dev->archdata.dma_ops_setup = true;\" but the patch expects context line \"}\"", messages.get(1));
  }

  /** Asking only whether a patch applies gives the same outcomes and trees, without the search for a similar place. */
  @Test
  void withoutDiagnosisTheOutcomesAreTheSame() {
    SourceTree before = tree(DEVICE_H, DEVICE_BEFORE, DMA_MAPPING_C, DMA_BEFORE);
    List<PatchMail> twice = List.of(reference(), reference());
    List<ApplyResult> full = Patcher.applySeries(before, twice, ApplyOptions.model());
    List<ApplyResult> quick = Patcher.applySeries(before, twice, ApplyOptions.model().withoutDiagnosis());
    for (int i = 0; i < 2; i++) {
      assertEquals(full.get(i).applied(), quick.get(i).applied());
      assertEquals(full.get(i).files().stream().map(FileResult::outcome).toList(),
          quick.get(i).files().stream().map(FileResult::outcome).toList());
      assertEquals(full.get(i).after().changedPaths(before), quick.get(i).after().changedPaths(before));
    }
    List<String> messages = quick.get(1).diagnostics().stream().map(PatcherTest::shortName).toList();
    assertEquals("reference.mbox:55: error: hunk #1 (@@ -19,7 +19,8 @@ struct dev_archdata {) of " + DEVICE_H
        + " does not apply: its pre-image is not in the file", messages.get(0));
    assertTrue(quick.get(1).files().stream().flatMap(f -> f.hunks().stream()).allMatch(h -> h.mismatch() == null),
        "no side-by-side mismatch is computed");
  }

  /** JGit looks upwards first: the offset reported must be where JGit really applied the hunk. */
  @Test
  void offsetFollowsJGitSearchOrder() {
    String block = "a\nb\nc\nd\n";
    String file = block + filler(20) + block + filler(3);
    String diff = "diff --git a/f b/f\n--- a/f\n+++ b/f\n@@ -22,4 +22,4 @@\n a\n-b\n+B\n c\n d\n";
    PatchMail mail = MailReader.read(new ByteArrayInputStream(diff.getBytes(StandardCharsets.UTF_8)), "up.diff")
        .patches().get(0);
    ApplyResult result = Patcher.apply(tree("f", file), mail);
    assertEquals(-21, result.files().get(0).hunks().get(0).offset());
    assertEquals("a\nB\nc\nd\n" + filler(20) + block + filler(3), read(result.after(), "f"));
  }

  @Test
  void newFileOverAnExistingOneFails() {
    String diff = "diff --git a/f b/f\nnew file mode 100644\n--- /dev/null\n+++ b/f\n@@ -0,0 +1 @@\n+x\n";
    PatchMail mail = MailReader.read(new ByteArrayInputStream(diff.getBytes(StandardCharsets.UTF_8)), "new.diff")
        .patches().get(0);
    ApplyResult result = Patcher.apply(tree("f", "old\n"), mail);
    assertEquals(FileOutcome.FAILED, result.files().get(0).outcome());
    assertEquals(ChangeType.ADD, result.files().get(0).change());
    assertEquals("new.diff:1: error: f cannot be patched: f already exists in the tree",
        result.diagnostics().get(0).oneLine());
    assertEquals("old\n", read(result.after(), "f"));
  }

  private static String shortName(Diagnostic d) {
    return d.oneLine().replace("src/test/resources/mail/", "");
  }

  private static String read(SourceTree tree, String path) {
    return tree.readString(path).orElseThrow();
  }
}
