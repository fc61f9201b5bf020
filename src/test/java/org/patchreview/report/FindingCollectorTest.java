package org.patchreview.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patchreview.c.Span;
import org.patchreview.diff.Change;
import org.patchreview.diff.RunDiff;
import org.patchreview.diff.Verdict;
import org.patchreview.interp.Fault;
import org.patchreview.interp.FaultKind;
import org.patchreview.observe.Observation;

/** The findings model on runs made by hand: merging across runs, the simplest witness, folding, hangs. */
class FindingCollectorTest {
  private static final List<String> STEPS = List.of("probe", "unbind", "rebind");

  private static Observation.FaultSeen fault(FaultKind kind, String step, String action, int line, String object) {
    return new Observation.FaultSeen(step, action, new Fault(kind, "read through a NULL pointer",
        new Span("drivers/foo/foo.c", line, 3), "priv->buf", "foo_remove", List.of("foo_remove"), object));
  }

  private static Change added(Observation o) {
    return new Change(o.step(), o.kind(), o.what(), Change.ABSENT, o.text(), o.location());
  }

  private static Change removed(Observation o) {
    return new Change(o.step(), o.kind(), o.what(), o.text(), Change.ABSENT, o.location());
  }

  private static RunDiff run(String config, String scenario, List<String> steps, List<Observation> before,
      List<Observation> after, List<Change> changes) {
    Verdict v = changes.stream().anyMatch(c -> c.isProblem() && c.before().equals(Change.ABSENT))
        ? Verdict.REGRESSED : Verdict.CHANGED;
    return new RunDiff("lager", config, scenario, v, steps, before, after, changes, 0, 0, List.of(), List.of());
  }

  @Test
  void oneProblemSeenInSeveralRunsIsOneFindingWithTheShortestWitness() {
    // The same fault met while unbinding two devices, at lines a patch shifted: one finding, by C location.
    Observation a = fault(FaultKind.NULL_DEREFERENCE, "rebind", "unbind foo0", 27, "");
    Observation b = fault(FaultKind.NULL_DEREFERENCE, "unbind", "unbind foo1", 29, "");
    FindingSet set = FindingCollector.of(List.of(
        run("default", "rebind", STEPS, List.of(), List.of(a), List.of(added(a))),
        run("default", "unbind", STEPS.subList(0, 2), List.of(), List.of(b), List.of(added(b)))));
    assertEquals(1, set.added().size(), set.toString());
    Finding f = set.added().get(0);
    assertEquals(List.of("lager/default/rebind", "lager/default/unbind"), f.runs());
    assertEquals(new Witness.Scenario("lager", "default", "unbind", List.of("probe", "unbind")), f.witness());
    assertEquals(new Finding.Location("drivers/foo/foo.c", 29), f.location());
    assertTrue(f.seen().startsWith("in 2 runs, simplest lager/default/unbind (2 steps: probe, unbind)"), f.seen());
  }

  @Test
  void newProblemsComeBeforeRemovedOnesAndAConfigThatFindsTheSameIsFolded() {
    Observation gone = fault(FaultKind.USE_AFTER_FREE, "unbind", "unbind foo0", 30, "foo_priv#1");
    Observation fresh = fault(FaultKind.NULL_DEREFERENCE, "rebind", "bind foo0", 40, "");
    List<Observation> before = List.of(gone);
    List<Observation> after = List.of(fresh);
    List<Change> changes = List.of(removed(gone), added(fresh));
    FindingSet set = FindingCollector.of(List.of(run("default", "rebind", STEPS, before, after, changes),
        run("xen-dom0", "rebind", STEPS, before, after, changes)));
    assertEquals(FaultKind.NULL_DEREFERENCE, ((Observation.FaultSeen) set.all().get(0).observation()).fault().kind());
    assertEquals("foo_priv", set.removed().get(0).object(), "the object without its instance number");
    assertEquals(1, set.runs().size());
    assertEquals("default: regressed; xen-dom0: as default", set.runs().get(0).describe());
  }

  @Test
  void aHungRunIsComparedOnlyUpToTheHang() {
    Observation hang = fault(FaultKind.HANG, "unbind", "unbind foo0", 12, "");
    Observation early = fault(FaultKind.USE_AFTER_FREE, "probe", "add foo0", 20, "");
    Observation sameStep = fault(FaultKind.DOUBLE_FREE, "unbind", "unbind foo1", 33, "");
    Observation later = fault(FaultKind.LOCK_MISUSE, "rebind", "bind foo0", 44, "");
    List<Change> changes = new ArrayList<>(List.of(added(early), added(hang), removed(sameStep), removed(later),
        new Change("rebind", "state", "foo0 driver", "foo", "none", "")));
    FindingSet set = FindingCollector.of(List.of(run("default", "rebind", STEPS, List.of(sameStep, later),
        List.of(early, hang), changes)));
    assertEquals(List.of(FaultKind.USE_AFTER_FREE, FaultKind.HANG), set.added().stream()
        .map(f -> ((Observation.FaultSeen) f.observation()).fault().kind()).toList());
    assertEquals(List.of(), set.removed(), "what the hanging side never reached is not gone");
    assertEquals(List.of(), set.changed());
    assertEquals("default: regressed (compared up to the hang in unbind)", set.runs().get(0).describe());
  }

  @Test
  void aWitnessCanBeAnExplicitStepList() {
    Witness w = new Witness.Steps("lager", "default", List.of("probe", "unbind", "unbind"));
    assertEquals("lager/default: probe, unbind, unbind", w.name());
    assertEquals(3, w.length());
  }
}
