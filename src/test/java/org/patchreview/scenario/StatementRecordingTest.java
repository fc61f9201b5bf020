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
  @Test
  void recordingIsOptInAndChangesNoObservation() {
    Matrix matrix = Corpus.bundled().matrix();
    Matrix.ConfigEntry config = matrix.configs().stream().filter(c -> c.config().name().equals("default"))
        .findFirst().orElseThrow();
    var board = config.apply(matrix.boards().stream().filter(b -> b.name().equals("lager")).findFirst().orElseThrow());
    List<Scenario> chain = matrix.chains().stream().filter(c -> c.stream().anyMatch(s -> s.name().equals("rebind")))
        .findFirst().orElseThrow();
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
}
