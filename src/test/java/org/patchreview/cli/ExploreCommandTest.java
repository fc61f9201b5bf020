package org.patchreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The exploring commands' bad input: one line on standard error and the exit code, nothing explored. */
class ExploreCommandTest {
  private static final String V1 = "patches/0001-ARM-dma-mapping-Don-t-tear-third-party-mappings.mbox";
  private static final String IPMMU = "src/test/resources/explore/ipmmu-free-domain-on-remove.mbox";

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "13", "1000000", "six"})
  void aDepthThatIsZeroNegativeOrAbsurdIsAUsageError(String depth) {
    for (String command : new String[] {"explore", "compare", "apply"}) {
      Run r = run(command, "--depth", depth, V1, V1);
      assertEquals(2, r.code(), command + ": " + r.err());
      assertTrue(r.err().startsWith("review: ") && r.err().contains("--depth"), r.err());
      assertEquals("", r.out());
    }
  }

  @Test
  void compareWithOneMailSaysWhatIsMissing() {
    Run r = run("compare", V1);
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().lines().findFirst().orElse("").contains("compare needs two patch mails"), r.err());
  }

  @Test
  void compareOfMailsForDifferentFilesIsOneLine() {
    Run r = run("compare", "--depth", "1", "--board", "no-iommu", "--config", "default", V1, IPMMU);
    assertEquals(2, r.code(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("compare needs two versions of one patch, which change the same files"), r.err());
  }

  @Test
  void twoVersionsInOneThreadDifferOnlyInTheFlag(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path thread = dir.resolve("thread.mbox");
    java.nio.file.Files.writeString(thread, java.nio.file.Files.readString(java.nio.file.Path.of(V1))
        + java.nio.file.Files.readString(java.nio.file.Path.of(
            "src/test/resources/explore/0001-v2-clear-flag-in-teardown.mbox")));
    Run r = run("compare", "--versions", "1,2", "--depth", "1", "--board", "no-iommu", "--config", "default",
        thread.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().contains("BEHAVIOUR CHANGED  sata0 archdata.dma_ops_setup\n"
        + "    seen: sata0 archdata.dma_ops_setup: 1 -> 0\n"), r.out());
    assertTrue(r.out().lines().filter(l -> l.startsWith("  BEHAVIOUR") || l.startsWith("  NEW")
        || l.startsWith("  PROBLEM")).allMatch(l -> l.endsWith("archdata.dma_ops_setup")), r.out());
  }

  @Test
  void anUnknownBoardIsAUsageError() {
    Run r = run("explore", "--board", "nope");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("--board 'nope': no such board (exynos-drm, lager, no-iommu, private-iommu)"), r.err());
  }

  @Test
  void exploreFindsAndPrintsWitnessesAsScenarios() {
    Run r = run("explore", "--base", "v4.12-rc1", "--depth", "2", "--board", "no-iommu", "--config", "default");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().contains("no-iommu / default: explored to depth 2 of 2"), r.out());
    assertTrue(r.out().contains("      boot: boot\n      1: add "), r.out());
  }
}
