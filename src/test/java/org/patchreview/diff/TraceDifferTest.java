package org.patchreview.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patchreview.c.Span;
import org.patchreview.interp.Fault;
import org.patchreview.interp.FaultKind;
import org.patchreview.observe.Observation;
import org.patchreview.observe.Trace;

/** Verdicts and changes from synthetic traces: what makes a run fixed, regressed, changed or the same. */
class TraceDifferTest {
  private static Trace trace(Observation... observations) {
    return new Trace("lager", "default", "rebind", List.of("probe", "unbind"), List.of(observations), 0, null);
  }

  private static Observation fault(String function, int line) {
    Fault f = new Fault(FaultKind.NULL_DEREFERENCE, "read from address 0x0 through a NULL pointer",
        new Span("arch/arm/mm/dma-mapping.c", line, 5), "mapping->domain", function, List.of(function), "");
    return new Observation.FaultSeen("unbind", "unbind sata0", f);
  }

  private static Observation state(String step, String field, String value) {
    return new Observation.State(step, "sata0", field, value);
  }

  private static Observation call(String step, String function, String arg) {
    return new Observation.Call(step, 3, function, List.of(arg), "0", "caller");
  }

  @Test
  void aRunThatHungIsComparedOnlyUpToItsHang() {
    Fault hang = new Fault(FaultKind.HANG, "more than 5000000 statements in one action: a loop that does not end",
        new Span("arch/arm/mm/dma-mapping.c", 672, 2), "while (!dev->archdata.dma_coherent)", "arch_setup_dma_ops",
        List.of("arch_setup_dma_ops"), "");
    Trace before = new Trace("lager", "default", "rebind", List.of("probe", "unbind"), List.of(
        call("probe", "arch_setup_dma_ops", "sata0"), state("probe", "dma_ops", "iommu_ops"),
        call("unbind", "arch_teardown_dma_ops", "sata0"), state("unbind", "dma_ops", "NULL"),
        new Observation.Leak("end", "kmalloc#1", "struct x", 8, "f", "a.c:1")), 0, null);
    Trace after = new Trace("lager", "default", "rebind", List.of("probe"), List.of(
        call("probe", "arch_setup_dma_ops", "sata0"), new Observation.FaultSeen("probe", "add sata0", hang),
        state("probe", "dma_ops", "iommu_ops")), 0, Trace.hungIn("probe"));
    RunDiff d = TraceDiffer.diff(before, after);
    assertEquals(Verdict.REGRESSED, d.verdict());
    assertEquals(List.of("probe"), d.steps());
    assertEquals(List.of("fault"), d.changes().stream().map(Change::kind).toList(), d.changes().toString());
    assertEquals(List.of(), d.problemsBefore(), "the leak found at the end of the run that went on is not compared");
  }

  @Test
  void identicalTracesAreTheSame() {
    Trace t = trace(call("probe", "arch_setup_dma_ops", "sata0"), state("probe", "dma_ops", "iommu_ops"));
    RunDiff d = TraceDiffer.diff(t, t);
    assertEquals(Verdict.SAME, d.verdict());
    assertEquals(List.of(), d.changes());
  }

  @Test
  void aChainComparedWithItselfIsWhatComparingACopyGives() {
    Fault hang = new Fault(FaultKind.HANG, "more than 5000000 statements in one action: a loop that does not end",
        new Span("arch/arm/mm/dma-mapping.c", 672, 2), "while (x)", "arch_setup_dma_ops", List.of("f"), "");
    Trace plain = trace(call("probe", "arch_setup_dma_ops", "sata0"), state("probe", "dma_ops", "iommu_ops"),
        fault("__iommu_remove_mapping", 304), state("probe", "dma_ops", "arm_dma_ops"));
    Trace hung = new Trace("lager", "default", "rebind", List.of("probe", "unbind"), List.of(
        state("probe", "dma_ops", "iommu_ops"), new Observation.FaultSeen("unbind", "unbind sata0", hang),
        state("unbind", "dma_ops", "none")), 0, Trace.hungIn("probe"));
    List<Trace> chain = List.of(plain, hung);
    List<RunDiff> itself = TraceDiffer.diffChain(chain, chain, PatchContext.NONE);
    List<RunDiff> copy = TraceDiffer.diffChain(chain, new java.util.ArrayList<>(chain), PatchContext.NONE);
    assertEquals(copy, itself);
    assertEquals(Verdict.SAME, itself.get(0).verdict());
    assertEquals(List.of("probe"), itself.get(1).steps(), "a hung run is compared up to its hang");
  }

  @Test
  void aFaultThatGoesAwayIsFixed() {
    RunDiff d = TraceDiffer.diff(trace(fault("__iommu_remove_mapping", 304)), trace());
    assertEquals(Verdict.FIXED, d.verdict());
    assertEquals("fault", d.changes().get(0).kind());
    assertEquals(Change.ABSENT, d.changes().get(0).after());
  }

  @Test
  void aNewFaultIsARegressionEvenIfAnotherWentAway() {
    RunDiff d = TraceDiffer.diff(trace(fault("a", 1)), trace(fault("b", 1)));
    assertEquals(Verdict.REGRESSED, d.verdict());
  }

  @Test
  void aFaultThatOnlyMovedLinesIsTheSameFault() {
    assertEquals(Verdict.SAME, TraceDiffer.diff(trace(fault("f", 304)), trace(fault("f", 309))).verdict());
  }

  @Test
  void stateThatDiffersAfterAStepIsAChange() {
    RunDiff d = TraceDiffer.diff(trace(state("unbind", "dma_ops", "arm_dma_ops")),
        trace(state("unbind", "dma_ops", "NULL")));
    assertEquals(Verdict.CHANGED, d.verdict());
    Change c = d.changes().get(0);
    assertEquals(List.of("unbind", "state", "sata0 dma_ops", "arm_dma_ops", "NULL"),
        List.of(c.step(), c.kind(), c.what(), c.before(), c.after()));
  }

  @Test
  void aMemberOnlyOneSideHasIsShownButIsNotAChangeOfBehaviour() {
    RunDiff d = TraceDiffer.diff(trace(state("probe", "dma_ops", "x")),
        trace(state("probe", "dma_ops", "x"), state("probe", "archdata.dma_ops_setup", "1")));
    assertEquals(Verdict.SAME, d.verdict());
    assertEquals("field", d.changes().get(0).kind());
  }

  @Test
  void callsAreAlignedSoOneExtraCallIsOneChange() {
    List<Observation> before = new ArrayList<>();
    List<Observation> after = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      before.add(call("probe", "f" + i, "sata0"));
      after.add(call("probe", "f" + i, "sata0"));
      if (i == 10) {
        after.add(call("probe", "set_dma_ops", "NULL"));
      }
    }
    RunDiff d = TraceDiffer.diff(trace(before.toArray(new Observation[0])), trace(after.toArray(new Observation[0])));
    assertEquals(Verdict.CHANGED, d.verdict());
    assertEquals(1, d.changes().size(), d.changes().toString());
    assertTrue(d.changes().get(0).after().startsWith("set_dma_ops(NULL)"));
  }

  @Test
  void aCallWithOtherArgumentsIsPairedWithItsCounterpart() {
    RunDiff d = TraceDiffer.diff(trace(call("probe", "set_dma_ops", "iommu_ops")),
        trace(call("probe", "set_dma_ops", "arm_dma_ops")));
    assertEquals(1, d.changes().size());
    assertEquals("set_dma_ops(iommu_ops) = 0", d.changes().get(0).before());
    assertEquals("set_dma_ops(arm_dma_ops) = 0", d.changes().get(0).after());
  }

  @Test
  void aLeakThatAppearsIsARegression() {
    Observation leak = new Observation.Leak("end", "dma_iommu_mapping#2", "struct dma_iommu_mapping", 48,
        "arm_iommu_create_mapping", "arch/arm/mm/dma-mapping.c:460");
    assertEquals(Verdict.REGRESSED, TraceDiffer.diff(trace(), trace(leak)).verdict());
  }
}
