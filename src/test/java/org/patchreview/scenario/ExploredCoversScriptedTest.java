package org.patchreview.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.patchreview.corpus.Corpus;
import org.patchreview.hw.Board;
import org.patchreview.interp.BuiltKernel;
import org.patchreview.interp.Machine;
import org.patchreview.observe.Observation;
import org.patchreview.observe.Trace;
import org.patchreview.tree.SourceTree;

/**
 * Every problem the five scripted scenarios find is found by exploration too, on every state of the history and every
 * board (exploring copies of states, all of them take about 20 s): on lager, for instance, the scripts find eleven
 * problems at the reference patch's base and one (a device lock left held after an oops) needs four single-device
 * actions; after 0005, on the per-device IOMMU board, they find lost isolation. And a witness, saved as a scenario
 * and replayed by the scripted runner, shows its problem again.
 */
class ExploredCoversScriptedTest {
  private static final Corpus CORPUS = Corpus.bundled();
  private static final Matrix MATRIX = CORPUS.matrix();

  private static SourceTree state(String name) {
    return CORPUS.history().statesNewestFirst().stream().filter(s -> s.getKey().startsWith(name)).findFirst()
        .orElseThrow().getValue();
  }

  private static Board board(String name) {
    return MATRIX.configs().get(0).apply(MATRIX.boards().stream().filter(b -> b.name().equals(name)).findFirst()
        .orElseThrow());
  }

  private static Set<String> problems(List<Trace> traces) {
    Set<String> out = new TreeSet<>();
    for (Trace t : traces) {
      for (Observation o : t.observations()) {
        if (o instanceof Observation.Problem p) {
          out.add(ProblemClass.of(p).id());
        }
      }
    }
    return out;
  }

  private static ExploreResult explore(BuiltKernel k, Board b, int depth) {
    return Explorer.explore(List.of(k.program()), b, MATRIX.configs().get(0).config(), Machine.Budget.DEFAULT,
        MATRIX.observing(), MATRIX.exploring().on(b), Explorer.Limits.depth(depth));
  }

  /**
   * Every state of the history on every board, at depth 3; lager at depth 4, where a device lock left held after an
   * oops (which the scripts find) needs four single-device actions; exynos-drm at depth 5, where the DRM device's bind
   * leaks the mappings its sub-devices probed with only once both System MMUs, both sub-devices and the DRM device
   * itself have been added.
   */
  static Stream<Arguments> everyState() {
    List<String> names = CORPUS.history().statesNewestFirst().stream().map(Map.Entry::getKey).toList();
    return names.stream().flatMap(n -> MATRIX.boards().stream().map(b -> Arguments.of(n, b.name(),
        switch (b.name()) {
          case "lager" -> 4;
          case "exynos-drm" -> 5;
          default -> 3;
        })));
  }

  @ParameterizedTest
  @MethodSource("everyState")
  void scriptedProblemsAreAmongTheExploredOnes(String state, String boardName, int depth) {
    BuiltKernel k = BuiltKernel.build(CORPUS.history().statesNewestFirst().stream()
        .filter(s -> s.getKey().equals(state)).findFirst().orElseThrow().getValue(), MATRIX.configs().get(0).config());
    Board b = board(boardName);
    Set<String> scripted = new TreeSet<>();
    for (List<Scenario> chain : MATRIX.chains()) {
      scripted.addAll(problems(ScenarioRunner.runChain(k.program(), b, MATRIX.configs().get(0).config(), chain,
          Machine.Budget.DEFAULT, MATRIX.observing(), false)));
    }
    ExploreResult r = explore(k, b, depth);
    Set<String> explored = new TreeSet<>();
    r.findings().forEach(f -> explored.add(f.id()));
    Set<String> missing = new TreeSet<>(scripted);
    missing.removeAll(explored);
    assertTrue(r.complete());
    assertTrue(missing.isEmpty(), "scripted but not explored: " + missing);
  }

  @Test
  void aWitnessReplayedAsAScenarioShowsItsProblemAgain() {
    BuiltKernel k = BuiltKernel.build(state("v4.12-rc1"), MATRIX.configs().get(0).config());
    Board b = board("lager");
    ExploreResult r = explore(k, b, 3);
    assertFalse(r.findings().isEmpty());
    for (ExploreResult.Finding f : r.findings()) {
      ScenarioReader.Result read = ScenarioReader.read("witness", "witness.scenario", f.scenario());
      assertTrue(read.diagnostics().isEmpty(), read.diagnostics().toString());
      List<Trace> replayed = ScenarioRunner.runChain(k.program(), b, MATRIX.configs().get(0).config(),
          List.of(read.scenario()), Machine.Budget.DEFAULT, MATRIX.observing(), false);
      assertTrue(problems(replayed).contains(f.id()), f.scenario() + " replayed shows " + problems(replayed));
    }
  }

  @Test
  void aScriptedOutcomeIsReadAndPrintedBack() {
    ScenarioReader.Result r = ScenarioReader.read("x", "x.scenario", "boot: boot\n1: add sata0 probe-defers\n"
        + "2: bind sata0 probe-fails\n3: unbind sata0\n");
    assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
    assertEquals("add sata0 probe-defers", r.scenario().steps().get(1).actions().get(0).toString());
    assertEquals(Scenario.Outcome.FAILS, r.scenario().steps().get(2).actions().get(0).outcome());
    assertFalse(ScenarioReader.read("y", "y.scenario", "1: unbind sata0 probe-fails\n").diagnostics().isEmpty());
  }
}
