package org.patchreview.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.patchreview.corpus.Corpus;
import org.patchreview.hw.Board;
import org.patchreview.interp.BuiltKernel;
import org.patchreview.interp.Machine;

/**
 * Performing an action on a copy of the state a path reached is the same as replaying the path on a new machine:
 * every transition shows the same problems (each observation whole: message, C stack, object names) and leaves the
 * same state, so exploring by copies gives the same findings, witnesses and state counts as exploring by replay.
 */
class CopiedStatesTest {
  private static final Corpus CORPUS = Corpus.bundled();
  private static final Matrix MATRIX = CORPUS.matrix();

  /** Records what each transition showed, by its path, around the model explored. */
  private record Recording(Explorer.Model model, Map<String, String> seen) implements Explorer.Model {
    public String board() {
      return model.board();
    }

    public String config() {
      return model.config();
    }

    public Explorer.Reached boot() {
      return model.boot();
    }

    public Explorer.Reached step(Explorer.Reached from, List<Scenario.Action> path, Scenario.Action action,
        boolean keep) {
      Explorer.Reached r = model.step(from, path, action, keep);
      StringBuilder b = new StringBuilder();
      for (Session.StepResult s : r.results()) {
        b.append(s.problems()).append('\n').append(s.state()).append('\n').append(s.hung()).append(s.bound());
      }
      seen.put(path + " " + action, b.toString());
      return r;
    }
  }

  @ParameterizedTest
  @CsvSource({"v4.12-rc1, lager, 3", "v4.12-rc1, private-iommu, 3", "v4.11, no-iommu, 3", "after 0005, lager, 3"})
  void copiesAndReplaysShowTheSame(String state, String boardName, int depth) {
    BuiltKernel k = BuiltKernel.build(CORPUS.history().statesNewestFirst().stream()
        .filter(s -> s.getKey().startsWith(state)).findFirst().orElseThrow().getValue(),
        MATRIX.configs().get(0).config());
    Board b = MATRIX.configs().get(0).apply(MATRIX.boards().stream().filter(x -> x.name().equals(boardName))
        .findFirst().orElseThrow());
    Map<String, String> copied = new ConcurrentHashMap<>();
    Map<String, String> replayed = new ConcurrentHashMap<>();
    ExploreResult byCopy = explore(k, b, depth, true, copied);
    ExploreResult byReplay = explore(k, b, depth, false, replayed);
    assertTrue(byCopy.complete());
    assertEquals(new TreeMap<>(replayed), new TreeMap<>(copied));
    assertEquals(byReplay.findings(), byCopy.findings());
    assertEquals(byReplay.statesPerDepth(), byCopy.statesPerDepth());
    assertEquals(byReplay.transitions(), byCopy.transitions());
  }

  private static ExploreResult explore(BuiltKernel k, Board b, int depth, boolean copying, Map<String, String> seen) {
    Explorer.Model running = new Explorer.Running(List.of(k.program(), k.program()), b,
        MATRIX.configs().get(0).config(), Machine.Budget.DEFAULT, MATRIX.observing(), copying);
    return new Explorer(new Recording(running, seen), MATRIX.exploring().on(b)).run(Explorer.Limits.depth(depth));
  }
}
