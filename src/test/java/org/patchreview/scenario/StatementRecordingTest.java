package org.patchreview.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patchreview.corpus.Corpus;
import org.patchreview.interp.BuiltKernel;
import org.patchreview.interp.Machine;
import org.patchreview.observe.Execution;
import org.patchreview.observe.Trace;

/**
 * Recording the statements a run executes is opt-in and changes nothing the run shows: the rebind chain on lager,
 * run plainly and recorded, gives the same observations; only the recorded traces carry an execution.
 */
class StatementRecordingTest {
  /** The rebind chain on lager under the default config, from the bundled corpus. */
  private record LagerRebind(Matrix matrix, Matrix.ConfigEntry config, org.patchreview.hw.Board board,
      List<Scenario> chain) {
    static LagerRebind of() {
      Matrix matrix = Corpus.bundled().matrix();
      Matrix.ConfigEntry config = matrix.configs().stream().filter(c -> c.config().name().equals("default"))
          .findFirst().orElseThrow();
      var board = config.apply(matrix.boards().stream().filter(b -> b.name().equals("lager")).findFirst()
          .orElseThrow());
      List<Scenario> chain = matrix.chains().stream().filter(c -> c.stream().anyMatch(x -> x.name().equals("rebind")))
          .findFirst().orElseThrow();
      return new LagerRebind(matrix, config, board, chain);
    }
  }

  @Test
  void recordingIsOptInAndChangesNoObservation() {
    LagerRebind r = LagerRebind.of();
    Matrix matrix = r.matrix();
    Matrix.ConfigEntry config = r.config();
    var board = r.board();
    List<Scenario> chain = r.chain();
    var program = BuiltKernel.build(Corpus.bundled().kernel(), config.config()).program();
    List<Trace> plain = ScenarioRunner.runChain(program, board, config.config(), chain, Machine.Budget.DEFAULT,
        matrix.observing(), false);
    List<Trace> recorded = ScenarioRunner.runChain(program, board, config.config(), chain, Machine.Budget.DEFAULT,
        matrix.observing(), true);
    for (int i = 0; i < chain.size(); i++) {
      assertNull(plain.get(i).execution());
      assertEquals(plain.get(i).observations(), recorded.get(i).observations(), chain.get(i).name());
      Execution e = recorded.get(i).execution();
      assertEquals(recorded.get(i).observations().size(), e.positions().length);
      for (int j = 1; j < e.positions().length; j++) {
        assertTrue(e.positions()[j - 1] <= e.positions()[j], "observations are made in the order statements run");
      }
      assertTrue(e.end() > 1000, "a lifecycle runs thousands of statements: " + e.end());
      assertTrue(e.actionStarts().length > 3, "each action of the scenario starts somewhere");
    }
    assertTrue(recorded.get(0).execution().end() <= recorded.get(chain.size() - 1).execution().end(),
        "a chain's shorter scenario ends earlier in the same log");
  }

  @Test
  void aRunawayLoopRecordsABoundedShareOfEachAction() {
    LagerRebind r = LagerRebind.of();
    Matrix matrix = r.matrix();
    Matrix.ConfigEntry config = r.config();
    var board = r.board();
    List<Scenario> chain = r.chain();
    String path = "arch/arm/mm/dma-mapping.c";
    var kernel = Corpus.bundled().kernel();
    String c = kernel.readString(path).orElseThrow().replace("\tarm_teardown_iommu_dma_ops(dev);\n}",
        "\tarm_teardown_iommu_dma_ops(dev);\n\twhile (dev)\n\t\t;\n}");
    var patched = kernel.with(java.util.Map.of(path, c.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        java.util.Set.of(), "with a runaway loop");
    var program = BuiltKernel.build(patched, config.config()).program();
    long start = System.nanoTime();
    List<Trace> recorded = ScenarioRunner.runChain(program, board, config.config(), chain, Machine.Budget.DEFAULT,
        matrix.observing(), true);
    long millis = (System.nanoTime() - start) / 1_000_000;
    Trace last = recorded.get(recorded.size() - 1);
    assertTrue(last.observations().stream().anyMatch(o -> o instanceof org.patchreview.observe.Observation.FaultSeen f
        && f.fault().kind() == org.patchreview.interp.FaultKind.HANG), "the loop is a finding");
    // A hung CPU never comes back: the chain stops in the step that hung, the later steps do not run.
    String hung = last.observations().stream().filter(o -> o instanceof org.patchreview.observe.Observation.FaultSeen f
        && f.fault().kind() == org.patchreview.interp.FaultKind.HANG).findFirst().orElseThrow().step();
    assertEquals(hung, last.hungStep());
    assertEquals(hung, last.steps().get(last.steps().size() - 1), "steps run: " + last.steps());
    assertTrue(last.steps().size() < chain.get(chain.size() - 1).steps().size(), "steps run: " + last.steps());
    assertTrue(last.leaks().isEmpty(), "no leak check after a hang");
    Execution e = last.execution();
    int[] starts = e.actionStarts();
    for (int i = 0; i < starts.length; i++) {
      int end = i + 1 < starts.length ? starts[i + 1] : e.end();
      assertTrue(end - starts[i] <= org.patchreview.interp.StatementLog.MAX_PER_ACTION, "action " + i + " kept "
          + (end - starts[i]) + " statements");
    }
    assertTrue(e.log().dropped() >= Machine.Budget.DEFAULT.steps() - org.patchreview.interp.StatementLog.MAX_PER_ACTION,
        "the loop's statements are counted, not kept: " + e.log().dropped());
    assertTrue(millis < 20_000, "the chain ran in " + millis + " ms");
  }
}
