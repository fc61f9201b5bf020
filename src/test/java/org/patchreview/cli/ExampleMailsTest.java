package org.patchreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example mails in patches/: each replayed through the command line must give, for every board and scenario (in
 * both configs), the verdict execution shows, and its exit code. Cells not listed are {@code same}.
 */
class ExampleMailsTest {
  /**
   * The mails are written against v4.12-rc1. Without --base, review picks the newest state of the history a mail
   * applies to, which for several of them is v4.12 (the reference patch does not touch their lines).
   */
  private static final String[] BASE = {"--base", "v4.12-rc1"};

  /**
   * The exynos-drm cells (board/config/scenario) that are not "same". Under xen-dom0 the DRM device cannot share its
   * mapping (the sub-devices have the Xen ops, which the shared mapping replaces), so the configs part there.
   */
  private static Map<String, String> exynos(String verdict, String... cells) {
    Map<String, String> out = new java.util.HashMap<>();
    for (String cell : cells) {
      out.put("exynos-drm/" + cell, verdict);
    }
    return out;
  }

  private static Map<String, String> with(Map<String, String> a, Map<String, String> b) {
    Map<String, String> out = new java.util.HashMap<>(a);
    out.putAll(b);
    return out;
  }

  private static final String[] XEN_ALL = {"xen-dom0/defer-probe", "xen-dom0/iommu-late", "xen-dom0/probe",
      "xen-dom0/rebind", "xen-dom0/unbind"};

  static Stream<Arguments> mails() {
    return Stream.of(
        Arguments.of("0002-ARM-dma-mapping-Don-t-drop-the-mapping-reference-twice.mbox", 1, with(Map.of(
            "private-iommu/unbind", "regressed", "private-iommu/rebind", "regressed",
            "private-iommu/defer-probe", "regressed",
            "lager/unbind", "fixed", "lager/rebind", "fixed", "lager/defer-probe", "fixed"),
            exynos("changed", "xen-dom0/rebind", "xen-dom0/unbind"))),
        // The DRM device detaches its sub-devices itself, so their teardown finds no mapping: the NULL case.
        Arguments.of("0003-ARM-dma-mapping-Let-__arm_iommu_detach_device-handle-unattached.mbox", 1, with(Map.of(
            "no-iommu/unbind", "regressed", "no-iommu/rebind", "regressed", "no-iommu/defer-probe", "regressed"),
            with(exynos("regressed", XEN_ALL), exynos("regressed", "default/rebind", "default/unbind")))),
        Arguments.of("0004-ARM-dma-mapping-Minor-comment-and-naming-cleanups.mbox", 0, Map.of()),
        Arguments.of("0005-ARM-dma-mapping-Reset-DMA-ops-when-tearing-down-a-device.mbox", 1, with(Map.of(
            "lager/unbind", "regressed", "lager/rebind", "regressed", "lager/defer-probe", "fixed",
            "private-iommu/unbind", "changed", "private-iommu/rebind", "fixed",
            "private-iommu/defer-probe", "fixed", "no-iommu/unbind", "changed", "no-iommu/rebind", "changed",
            "no-iommu/defer-probe", "changed"),
            with(exynos("changed", XEN_ALL), exynos("changed", "default/rebind", "default/unbind")))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mails")
  void verdictsFollowFromExecution(String mail, int exit, Map<String, String> expected) {
    CommandLineRun r = CommandLineRun.of("apply", "patches/" + mail, "--format", "json", BASE[0], BASE[1]);
    assertEquals(exit, r.exitCode(), r.err());
    Map<String, String> actual = verdicts(r.out());
    assertEquals(40, actual.size());
    for (Map.Entry<String, String> cell : actual.entrySet()) {
      String boardScenario = cell.getKey().replaceFirst("/[^/]+/", "/");
      String verdict = expected.getOrDefault(cell.getKey(), expected.getOrDefault(boardScenario, "same"));
      assertEquals(verdict, cell.getValue(), mail + ": " + cell.getKey());
    }
  }

  /** A regression's first new problem is within the first 15 lines of the default text, with how to see it. */
  @org.junit.jupiter.api.Test
  void aRegressionOpensWithItsNewProblems() {
    CommandLineRun r = CommandLineRun.of("apply", "--width", "100",
        "patches/0005-ARM-dma-mapping-Reset-DMA-ops-when-tearing-down-a-device.mbox", BASE[0], BASE[1]);
    assertEquals(1, r.exitCode(), r.err());
    java.util.List<String> lines = r.out().lines().toList();
    int first = 0;
    while (first < lines.size() && !lines.get(first).startsWith("  fault new: invalid free in __dma_free_buffer")) {
      first++;
    }
    assertTrue(first < 15, r.out());
    assertTrue(lines.get(first + 2).startsWith("      in 4 runs, simplest lager/default/rebind (3 steps: boot, probe,"
        + " unbind)"), r.out());
    assertTrue(r.out().indexOf("new problems (") < r.out().indexOf("problems gone (")
        && r.out().indexOf("problems gone (") < r.out().indexOf("changed behaviour ("), r.out());
  }

  @org.junit.jupiter.api.Test
  void aFileOutsideTheModelIsListedAndTheRestReplayed() {
    CommandLineRun r = CommandLineRun.of("apply", "--full", "patches/0006-ARM-dma-mapping-Use-dev_dbg-for-IOMMU-attach-and-detach.mbox",
        BASE[0], BASE[1]);
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("Documentation/DMA-API-HOWTO.txt"), r.out());
    assertTrue(r.out().contains("outside the model (not replayed)"), r.out());
    assertTrue(r.out().contains("arch/arm/mm/dma-mapping.c"), r.out());
    assertTrue(r.out().contains("CHANGED  lager / default / probe"), r.out());
  }

  @org.junit.jupiter.api.Test
  void theBadExamplesExitThreeWithOneLine() {
    for (String mail : new String[] {"0090-does-not-apply.mbox", "0091-no-diff.mbox", "0092-does-not-parse.mbox"}) {
      CommandLineRun r = CommandLineRun.of("apply", "patches/" + mail, BASE[0], BASE[1]);
      assertEquals(3, r.exitCode(), mail + ": " + r.err());
      assertTrue(r.err().startsWith("review: "), r.err());
      assertEquals("", r.out());
    }
  }

  /** {@code board/config/scenario -> verdict} from the JSON report. */
  static Map<String, String> verdicts(String json) {
    Matcher m = Pattern.compile("\"board\": \"([^\"]+)\",\\s*\"config\": \"([^\"]+)\",\\s*\"scenario\": \"([^\"]+)\","
        + "\\s*\"verdict\": \"(\\w+)\"").matcher(json);
    Map<String, String> out = new LinkedHashMap<>();
    while (m.find()) {
      out.put(m.group(1) + "/" + m.group(2) + "/" + m.group(3), m.group(4));
    }
    return out;
  }
}
