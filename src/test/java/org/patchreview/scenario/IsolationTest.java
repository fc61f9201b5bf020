package org.patchreview.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.patchreview.cli.Main;

/**
 * A device that silently loses its IOMMU is a problem, like a fault: the mail in {@code keep-detached-ops.mbox} drops
 * the reset of the DMA ops from {@code arch_teardown_dma_ops()} at v4.19, where {@code arm_iommu_detach_device()}
 * leaves the plain ops behind; a reprobed device keeps them, {@code arch_setup_dma_ops()} does not set the IOMMU up
 * again, and the device does DMA around its System MMU. No fault, leak or warning shows it.
 */
class IsolationTest {
  private static final String MAIL = "src/test/resources/scenario/keep-detached-ops.mbox";

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @Test
  void aDeviceReprobedWithThePlainOpsIsARegression() {
    String[] r = run("apply", "--full", "--base", "v4.19", "--color", "never", MAIL);
    assertEquals("1", r[0], r[1] + r[2]);
    // private-iommu's defer-probe and rebind; and exynos-drm's rebind, whose sub-devices the DRM device's detach
    // leaves with the plain ops too.
    assertTrue(r[1].contains("3 regressed"), r[1]);
    assertTrue(r[1].contains("REGRESSED  exynos-drm / default / rebind"), r[1]);
    String rebind = r[1].substring(r[1].indexOf("REGRESSED  private-iommu / default / rebind"));
    assertTrue(rebind.contains("[rebind] isolation lost new: g2d (behind sysmmu_g2d) its DMA ops arm_dma_ops are"
        + " not the"), rebind);
    assertTrue(rebind.replaceAll("\\s+", " ").contains("jpeg (behind sysmmu_jpeg) its DMA ops arm_dma_ops are not"
        + " the IOMMU's: dma_ops = arm_dma_ops; sysmmu_jpeg: mmu off"), rebind);
  }

  @Test
  void theJsonReportListsTheViolationOnTheSideAfter() {
    String[] r = run("apply", "--base", "v4.19", "--format", "json", MAIL);
    assertEquals("1", r[0], r[2]);
    String json = r[1];
    assertTrue(json.contains("\"invariant\": \"isolation lost\""), json.substring(0, 2000));
    assertTrue(json.contains("\"device\": \"g2d\"") && json.contains("\"iommu\": \"sysmmu_g2d\""));
  }

  @Test
  void underXenDom0TheHypervisorOwnsTheIommusAndNothingIsChecked() {
    String[] r = run("apply", "--full", "--base", "v4.19", "--color", "never", MAIL);
    assertTrue(r[1].contains("REGRESSED  private-iommu / default / rebind"), r[1]);
    assertTrue(!r[1].contains("REGRESSED  private-iommu / xen-dom0"), r[1]);
    assertTrue(!r[1].contains("isolation lost new: g2d (behind sysmmu_g2d) its DMA ops xen"), r[1]);
  }
}
