package org.patchreview.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patchreview.corpus.Corpus;

/** Scenario scripts: steps, actions, selectors, errors with file and line, and chains of prefixes. */
class ScenarioReaderTest {
  @Test
  void readsStepsAndActions() {
    ScenarioReader.Result r = ScenarioReader.read("rebind", "rebind.scenario",
        "# rebind: probe, unbind, probe again\nboot: boot\nprobe: add clocks, add iommus, add masters\n"
            + "unbind: unbind masters\nrebind: bind sata0\n");
    assertEquals(List.of(), r.diagnostics());
    Scenario s = r.scenario();
    assertEquals("rebind: probe, unbind, probe again", s.description());
    assertEquals(4, s.steps().size());
    assertEquals(List.of(new Scenario.Action(Scenario.Verb.ADD, "clocks"), new Scenario.Action(Scenario.Verb.ADD,
        "iommus"), new Scenario.Action(Scenario.Verb.ADD, "masters")), s.steps().get(1).actions());
    assertEquals(new Scenario.Action(Scenario.Verb.BIND, "sata0"), s.steps().get(3).actions().get(0));
  }

  @Test
  void reportsBadLinesWithFileAndLine() {
    ScenarioReader.Result r = ScenarioReader.read("x", "x.scenario", "boot: boot\nprobe: plug masters\nno colon\n"
        + "b: boot now\n");
    assertEquals(3, r.diagnostics().size(), r.diagnostics().toString());
    assertEquals("x.scenario:2: error: unknown action 'plug masters' (expected boot, add, bind or unbind)",
        r.diagnostics().get(0).oneLine());
    assertTrue(r.diagnostics().get(1).oneLine().startsWith("x.scenario:3: error: expected 'step-name: action"));
    assertTrue(r.diagnostics().get(2).oneLine().contains("boot takes no selector"));
  }

  @Test
  void anEmptyScenarioIsAnError() {
    assertFalse(ScenarioReader.read("e", "e.scenario", "# nothing\n").diagnostics().isEmpty());
  }

  @Test
  void bundledScenariosFormChainsOfPrefixes() {
    Matrix m = Corpus.bundled().matrix();
    assertEquals(List.of(), m.diagnostics());
    assertEquals(5, m.scenarios().size());
    assertEquals(4, m.boards().size());
    assertEquals(2, m.configs().size());
    List<List<Scenario>> chains = m.chains();
    int members = chains.stream().mapToInt(List::size).sum();
    assertEquals(5, members);
    for (List<Scenario> chain : chains) {
      for (int i = 1; i < chain.size(); i++) {
        assertTrue(chain.get(i - 1).isPrefixOf(chain.get(i)), chain.toString());
      }
    }
    assertTrue(chains.stream().anyMatch(c -> c.stream().map(Scenario::name).toList()
        .equals(List.of("probe", "unbind", "rebind"))), chains.toString());
  }
}
