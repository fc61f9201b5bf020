package org.patchreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.patchreview.corpus.History;
import org.patchreview.corpus.HistoryEntry;
import org.patchreview.hw.Board;
import org.patchreview.interp.Machine;
import org.patchreview.scenario.Matrix;

/** The problems each commit introduces, as the build recorded them, are what replaying the commit gives. */
class IntroducedProblemsTest {
  private static final ReviewOptions BUNDLED = ReviewOptions.bundled(new Timings());
  private static final History HISTORY = BUNDLED.history();

  private static HistoryEntry entry(String prefix) {
    return HISTORY.entries().stream().filter(e -> e.name().startsWith(prefix)).findFirst().orElseThrow();
  }

  private static Set<String> allBoards() {
    Set<String> out = new LinkedHashSet<>();
    BUNDLED.matrix().boards().forEach(b -> out.add(b.name()));
    return out;
  }

  @Test
  void theShippedIndexCoversEveryCommitOfTheBundledHistory() {
    IntroducedProblems.Index index = IntroducedProblems.index();
    assertEquals(HISTORY.entries().size(), index.commits().size());
    for (HistoryEntry e : HISTORY.entries()) {
      assertNotNull(IntroducedProblems.lookup(index, BUNDLED, HISTORY, e), e.name());
    }
  }

  /**
   * Every commit, as the build recorded it, is what replaying it now gives: an index left from before a change to the
   * interpreter or the model (classes rebuilt without Maven's process-classes phase) fails here.
   */
  @Test
  void recordedAnswersAreTheReplaysOfEveryCommit() {
    for (HistoryEntry e : HISTORY.entries()) {
      assertEquals(IntroducedProblems.replay(BUNDLED, HISTORY, e), IntroducedProblems.of(BUNDLED, HISTORY, e,
          allBoards()), e.name());
    }
  }

  /** The commit that introduces problems, one that introduces a few, and one that introduces none, on one board. */
  @Test
  void recordedAnswersOnOneBoardAreTheReplaysOnIt() {
    for (String name : List.of("0001", "0004", "0003")) {
      HistoryEntry e = entry(name);
      Set<CellProblem> replayed = IntroducedProblems.of(BUNDLED, HISTORY, e, allBoards());
      Set<CellProblem> lager = IntroducedProblems.replay(BUNDLED.with(o -> o.matrix(BUNDLED.matrix().onBoards(Set.of("lager")))),
          HISTORY, e);
      assertEquals(lager, IntroducedProblems.of(BUNDLED, HISTORY, e, Set.of("lager")), name + " on lager");
      assertTrue(replayed.containsAll(lager));
    }
    assertFalse(IntroducedProblems.of(BUNDLED, HISTORY, entry("0001"), allBoards()).isEmpty(),
        "the commit that introduced the torn mappings is recorded with them");
  }

  @Test
  void anotherMatrixBudgetOrCommitStateIsReplayedNotLookedUp() throws IOException {
    IntroducedProblems.Index index = IntroducedProblems.index();
    HistoryEntry e = entry("0001");
    Matrix m = BUNDLED.matrix();
    Matrix unnamed = new Matrix(m.boards(), m.configs(), m.scenarios(), m.observing(), m.diagnostics());
    assertNull(IntroducedProblems.lookup(index, BUNDLED.with(o -> o.matrix(unnamed)), HISTORY, e), "a matrix of unknown source");
    Matrix fewer = m.onBoards(Set.of("lager"));
    assertNull(IntroducedProblems.lookup(index, BUNDLED.with(o -> o.matrix(fewer)), HISTORY, e), "a matrix of fewer boards");
    ReviewOptions tight = BUNDLED.with(o -> o.base(BUNDLED.base(), "base").budget(new Machine.Budget(1000, 16,
        1 << 20)));
    assertNull(IntroducedProblems.lookup(index, tight, HISTORY, e), "another budget");
    IntroducedProblems.Recorded r = index.commits().get(e.name());
    String text = "# review: problems each commit of the bundled history introduces, by replay\nmatrix " + index.matrix()
        + "\nbudget 5000000 256 268435456\ncommit " + e.name() + " " + r.before() + " 0000 1\nlager\tlager/x\ty\n";
    IntroducedProblems.Index stale = IntroducedProblems.read(text);
    assertEquals(1, stale.commits().size());
    assertNull(IntroducedProblems.lookup(stale, BUNDLED, HISTORY, e), "a commit whose state after differs");
  }

  @Test
  void aMalformedIndexIsEmpty() throws IOException {
    assertSame(IntroducedProblems.Index.NONE, IntroducedProblems.read("not an index\n"));
    String truncated = "# review: problems each commit of the bundled history introduces, by replay\nmatrix m\n"
        + "budget 1 2 3\ncommit c a b 2\nlager\tlager/x\ty\n";
    assertSame(IntroducedProblems.Index.NONE, IntroducedProblems.read(truncated));
  }

  @Test
  void boardsKeepTheirNamesInTheSourceOfARestrictedMatrix() {
    Matrix lager = BUNDLED.matrix().onBoards(Set.of("lager"));
    assertEquals(List.of("lager"), lager.boards().stream().map(Board::name).toList());
    assertTrue(lager.source().startsWith(BUNDLED.matrix().source()) && lager.source().endsWith(" boards lager"));
  }
}
