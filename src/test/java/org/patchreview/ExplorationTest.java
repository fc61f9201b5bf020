package org.patchreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.patchreview.corpus.Corpus;
import org.patchreview.hw.Board;
import org.patchreview.hw.DtsReader;
import org.patchreview.scenario.Matrix;
import org.patchreview.mail.MailReader;
import org.patchreview.scenario.ExploreResult;
import org.patchreview.scenario.Explorer;

/**
 * Exploration before and after a patch, and of two versions of one patch, on the bundled corpus: a bug only an
 * unbound IOMMU shows is caught with that witness while the five scripted scenarios see nothing, and the reference
 * patch's v2 (which also clears the flag in teardown) differs from v1 in nothing but the flag.
 */
class ExplorationTest {
  private static final Path IPMMU = Path.of("src/test/resources/explore/ipmmu-free-domain-on-remove.mbox");
  private static final Path V1 = Path.of("patches/0001-ARM-dma-mapping-Don-t-tear-third-party-mappings.mbox");
  private static final Path V2 = Path.of("src/test/resources/explore/0001-v2-clear-flag-in-teardown.mbox");

  private static ReviewOptions at(String state) {
    Corpus c = Corpus.bundled();
    var tree = c.history().statesNewestFirst().stream().filter(s -> s.getKey().equals(state)).findFirst()
        .orElseThrow().getValue();
    return ReviewOptions.on(c, new Timings()).withBase(tree, "the modelled kernel at " + state);
  }

  private static Exploration.Request lager(int depth) {
    return new Exploration.Request(Explorer.Limits.depth(depth), Set.of("lager"), Set.of("default"));
  }

  /** Lager cut down to one master, its clock and the IPMMU: small enough to explore to depth 5 in a test. */
  private static final String ONE_MASTER = """
      /dts-v1/;
      / {
      	compatible = "renesas,lager", "renesas,r8a7790";
      	#address-cells = <1>;
      	#size-cells = <1>;
      	sata_clk: clock-sata {
      		compatible = "fixed-clock";
      		#clock-cells = <0>;
      		clock-frequency = <260000000>;
      	};
      	ipmmu_ds: mmu@e6740000 {
      		compatible = "renesas,ipmmu-r8a7790", "renesas,ipmmu-vmsa";
      		reg = <0xe6740000 0x1000>;
      		#iommu-cells = <1>;
      	};
      	sata0: sata@ee300000 {
      		compatible = "renesas,sata-r8a7790";
      		reg = <0xee300000 0x2000>;
      		clocks = <&sata_clk>;
      		iommus = <&ipmmu_ds 0>;
      	};
      };
      """;

  @Test
  void aBugThatNeedsAnIommuUnboundUnderABoundMasterIsCaughtWithThatWitness() throws Exception {
    Board small = DtsReader.read("one-master.dts", ONE_MASTER, inc -> java.util.Optional.empty()).board();
    ReviewOptions o = at("v4.12").with(b -> b.checkFixes(false));
    ReviewResult scripted = Review.review(MailReader.read(IPMMU), o);
    assertTrue(scripted.report().runs().stream().allMatch(r -> r.verdict() == org.patchreview.diff.Verdict.SAME),
        "no scripted scenario unbinds an IOMMU");
    Matrix m = o.matrix();
    ReviewOptions one = o.with(b -> b.matrix(new Matrix(List.of(small), m.configs(), m.scenarios(), m.observing(),
        m.diagnostics(), null, m.exploring())));
    Exploration.Outcome explored = Exploration.patch(MailReader.read(IPMMU), one,
        new Exploration.Request(Explorer.Limits.depth(5), Set.of(), Set.of("default")));
    assertEquals(ExitCode.REGRESSION, explored.exitCode(), explored.toString());
    List<ExploreResult.Finding> faults = explored.results().get(0).findings().stream()
        .filter(f -> f.kind() == ExploreResult.Kind.NEW_PROBLEM && f.id().startsWith("fault ")).toList();
    assertTrue(!faults.isEmpty(), explored.results().get(0).findings().toString());
    ExploreResult.Finding f = faults.get(0);
    List<String> w = f.witness().stream().map(Object::toString).toList();
    // The master probes with its clock and IOMMU there, the IOMMU goes while it is bound, then the master goes.
    assertEquals(List.of("add sata_clk", "add ipmmu_ds", "add sata0", "unbind ipmmu_ds", "unbind sata0"), w,
        f.scenario());
  }

  @Test
  void theReferencePatchsV2DiffersFromV1OnlyInTheFlag() throws Exception {
    ReviewOptions o = at("v4.12-rc1");
    Exploration.Outcome c = Exploration.compare(MailReader.read(V1), "v1", MailReader.read(V2), "v2", o, lager(3));
    assertTrue(c.errors().isEmpty(), c.errors().toString());
    List<ExploreResult.Finding> findings = c.results().get(0).findings();
    assertTrue(!findings.isEmpty());
    for (ExploreResult.Finding f : findings) {
      assertEquals(ExploreResult.Kind.CHANGED, f.kind(), f.toString());
      assertTrue(f.id().endsWith(" archdata.dma_ops_setup"), f.id());
    }
  }

  @Test
  void twoMailsForDifferentFilesAreNotTwoVersions() throws Exception {
    Exploration.Outcome c = Exploration.compare(MailReader.read(V1), "v1.mbox", MailReader.read(IPMMU),
        "ipmmu.mbox", at("v4.12-rc1"), lager(1));
    assertEquals(ExitCode.USAGE, c.exitCode());
    assertEquals(1, c.errors().size());
    assertTrue(c.errors().get(0).oneLine().contains("compare needs two versions of one patch"),
        c.errors().get(0).oneLine());
  }

  @Test
  void sameInputSameReportTwice() throws Exception {
    ReviewOptions o = at("v4.12-rc1");
    String a = org.patchreview.report.ExploreReport.json("apply", "x", "", Exploration.patch(MailReader.read(V1), o,
        lager(2)).results());
    String b = org.patchreview.report.ExploreReport.json("apply", "x", "", Exploration.patch(MailReader.read(V1), o,
        lager(2)).results());
    assertEquals(a, b);
    assertTrue(a.contains("\"findings\""), a);
  }
}
