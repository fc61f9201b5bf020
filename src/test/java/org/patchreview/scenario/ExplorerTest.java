package org.patchreview.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.patchreview.observe.Observation;

/**
 * The explorer on a small hand-made transition system whose shortest bug sequence is known: two devices, a and b;
 * adding one probes it (bound), bind and unbind do what they say; unbinding b while a is bound is the bug. The
 * shortest sequences that show it have three actions (add a, add b, unbind b, or b first), and no two actions do.
 */
class ExplorerTest {
  private static final Scenario.Verb ADD = Scenario.Verb.ADD;
  private static final Scenario.Verb BIND = Scenario.Verb.BIND;
  private static final Scenario.Verb UNBIND = Scenario.Verb.UNBIND;
  private static final List<Scenario.Action> ACTIONS = List.of(act(ADD, "a"), act(ADD, "b"), act(BIND, "a"),
      act(BIND, "b"), act(UNBIND, "a"), act(UNBIND, "b"));

  private static Scenario.Action act(Scenario.Verb v, String device) {
    return new Scenario.Action(v, device);
  }

  /** The toy system, on one kernel or on two (the second with the bug fixed, to see a divergence). */
  private record Toy(int kernels) implements Explorer.Model {
    public String board() {
      return "toy";
    }

    public String config() {
      return "default";
    }

    public Explorer.Reached boot() {
      List<Session.StepResult> out = new ArrayList<>();
      for (int k = 0; k < kernels; k++) {
        out.add(result(new TreeMap<>(), List.of()));
      }
      return new Explorer.Reached(out, null);
    }

    public Explorer.Reached step(Explorer.Reached from, List<Scenario.Action> path, Scenario.Action action,
        boolean keep) {
      List<Session.StepResult> out = new ArrayList<>();
      for (int k = 0; k < kernels; k++) {
        Map<String, Boolean> bound = new TreeMap<>();
        List<Observation.Problem> problems = new ArrayList<>();
        List<Scenario.Action> all = new ArrayList<>(path);
        all.add(action);
        for (Scenario.Action a : all) {
          problems.clear();
          if (a.verb() == UNBIND && a.selector().equals("b") && bound.getOrDefault("a", false) && k == 0) {
            problems.add(new Observation.Violation("", "isolation lost", "a", "b", "b went away under a", ""));
          }
          bound.put(a.selector(), a.verb() != UNBIND);
        }
        out.add(result(bound, problems));
      }
      return new Explorer.Reached(out, null);
    }

    private static Session.StepResult result(Map<String, Boolean> bound, List<Observation.Problem> problems) {
      List<String> lines = new ArrayList<>();
      bound.forEach((d, b) -> lines.add(d + " driver = " + (b ? "toy" : "none")));
      return new Session.StepResult(problems, String.join("\n", lines), lines, false, bound);
    }
  }

  private static ExploreResult explore(int kernels, int depth, int maxStates) {
    return new Explorer(new Toy(kernels), ACTIONS).run(new Explorer.Limits(depth, maxStates, 60_000_000_000L));
  }

  @Test
  void theShortestBugSequenceIsTheWitness() {
    ExploreResult r = explore(1, 4, 1000);
    assertEquals(1, r.findings().size(), r.findings().toString());
    ExploreResult.Finding f = r.findings().get(0);
    assertEquals(List.of(act(ADD, "a"), act(ADD, "b"), act(UNBIND, "b")), f.witness());
    assertEquals(ExploreResult.Kind.PROBLEM, f.kind());
    assertEquals("isolation lost (a behind b)", f.heading());
    assertTrue(r.complete());
    assertEquals(4, r.reached());
  }

  @Test
  void tooShallowFindsNothingAndCountsEveryState() {
    ExploreResult r = explore(1, 2, 1000);
    assertTrue(r.findings().isEmpty());
    // Booted; a or b added; both added, or one added and unbound.
    assertEquals(List.of(1, 2, 3), r.statesPerDepth());
  }

  @Test
  void aStateBudgetThatRunsOutIsReportedWithTheDepthReached() {
    ExploreResult r = explore(1, 6, 4);
    assertFalse(r.complete());
    assertTrue(r.reached() < 6, "reached " + r.reached());
    assertTrue(r.stoppedBy().contains("state budget"), r.stoppedBy());
  }

  @Test
  void twoKernelsSideBySideGiveWhereTheyDifferWithTheShortestWitness() {
    ExploreResult r = explore(2, 4, 1000);
    assertEquals(1, r.findings().size(), r.findings().toString());
    assertEquals(ExploreResult.Kind.PROBLEM_GONE, r.findings().get(0).kind());
    assertEquals(3, r.findings().get(0).witness().size());
  }

  @Test
  void sameInputSameOutput() {
    assertEquals(explore(1, 5, 1000).findings(), explore(1, 5, 1000).findings());
    assertEquals(explore(1, 5, 1000).statesPerDepth(), explore(1, 5, 1000).statesPerDepth());
  }

  @Test
  void theWitnessIsAScenarioTheReaderReadsBack() {
    ExploreResult.Finding f = explore(1, 3, 1000).findings().get(0);
    ScenarioReader.Result read = ScenarioReader.read("w", "w.scenario", f.scenario());
    assertTrue(read.diagnostics().isEmpty(), read.diagnostics().toString());
    assertEquals(4, read.scenario().steps().size());
    assertEquals(List.of(act(UNBIND, "b")), read.scenario().steps().get(3).actions());
  }
}
