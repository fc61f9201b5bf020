package org.patchreview;

import java.util.List;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.patchreview.diff.PatchContext;
import org.patchreview.diff.RunDiff;
import org.patchreview.diff.TraceDiffer;
import org.patchreview.diff.Verdict;
import org.patchreview.c.Config;
import org.patchreview.hw.Board;
import org.patchreview.interp.BuiltKernel;
import org.patchreview.interp.Machine;
import org.patchreview.memo.Memo;
import org.patchreview.observe.Trace;
import org.patchreview.scenario.Observing;
import org.patchreview.scenario.Matrix;
import org.patchreview.scenario.Scenario;
import org.patchreview.scenario.ScenarioRunner;

/**
 * Runs every cell of the matrix before and after a patch and compares them. Given the patch's context, a run made now
 * records the statements it executes, so that each difference can name where the runs part; traces are kept per JVM
 * by tree content without what they executed (that is large), and a chain that differs where a kept trace was used
 * runs again, recording. Without a context ({@link PatchContext#NONE}) nothing is recorded.
 */
final class MatrixRun {
  /**
   * What a chain's traces depend on, all of it by content: the built tree, the whole config, the board as the
   * config's kernel sees it, the scenarios themselves (names, descriptions and every step: a scenario made in code
   * under a name another one has gets its own traces), and the budget.
   */
  private record Key(String treeDigest, Config config, String boardDigest, List<Scenario> chain,
      Machine.Budget budget, Observing observing) {}

  /** Traces by {@link Key}, without what they executed: the corpus replays a chain of states once each. */
  private static final Memo<Key, List<Trace>> TRACES = Memo.lru("chain traces", 4096);

  /**
   * The most recent traces that recorded their statements, kept whole: in a history each state is one patch's after
   * and the next one's before, and a chain that differs is wanted recorded on both sides. Few, since they are large.
   */
  private static final Memo<Key, List<Trace>> RECORDED = Memo.lru("recorded chain traces",
      Integer.getInteger("review.recordedTraces", 96));

  /** Chains being run now, by the same key, so that a second review asking for one waits instead of running it too. */
  private static final ConcurrentHashMap<Key, CompletableFuture<List<Trace>>> RUNNING = new ConcurrentHashMap<>();

  private MatrixRun() {}

  /** Every cell, in parallel ({@link Workers}); results keep matrix order (config, board, scenario). */
  static List<RunDiff> runAll(ReviewOptions options, Matrix matrix, List<BuiltKernel[]> builds,
      PatchContext context) {
    List<List<Scenario>> chains = matrix.chains();
    int boards = matrix.boards().size();
    int tasks = matrix.configs().size() * boards * chains.size();
    // Each cell by its place in the matrix (config, board, scenario), the scenario found by identity: two scenarios
    // that share a name are still two cells.
    int scenarios = matrix.scenarios().size();
    Map<Scenario, Integer> place = new IdentityHashMap<>();
    for (int s = 0; s < scenarios; s++) {
      place.put(matrix.scenarios().get(s), s);
    }
    RunDiff[] cells = new RunDiff[matrix.configs().size() * boards * scenarios];
    AtomicInteger done = new AtomicInteger();
    // Whether the patch left a config's syntax trees as they were (a comment or whitespace change): then the runs
    // after are the runs before. Asked once per config, not once per chain: it compares every declaration.
    boolean[] unchanged = new boolean[builds.size()];
    for (int c = 0; c < builds.size(); c++) {
      unchanged[c] = builds.get(c)[0].units().equals(builds.get(c)[1].units());
    }
    options.progress().update("running", 0, matrix.size());
    Workers.forEach(tasks, i -> {
      int c = i / (boards * chains.size());
      int b = (i / chains.size()) % boards;
      List<Scenario> chain = chains.get(i % chains.size());
      Matrix.ConfigEntry config = matrix.configs().get(c);
      Board board = config.apply(matrix.boards().get(b));
      List<RunDiff> diffs = chain(options, builds.get(c), unchanged[c], board, config, chain, context);
      for (int j = 0; j < chain.size(); j++) {
        cells[(c * boards + b) * scenarios + place.get(chain.get(j))] = diffs.get(j);
      }
      options.progress().update("running", done.addAndGet(chain.size()), matrix.size());
    });
    return List.of(cells);
  }

  /** One chain before and after; again with both sides recorded when it differs and a side came from the cache. */
  private static List<RunDiff> chain(ReviewOptions options, BuiltKernel[] k, boolean same, Board board,
      Matrix.ConfigEntry config, List<Scenario> chain, PatchContext context) {
    // Where the patch left the trees as they were, the runs after are the runs before and nothing can part: no
    // statement is recorded for why:.
    boolean record = context != PatchContext.NONE && !same;
    List<Trace> before = traces(k[0], board, config, chain, options, record);
    List<Trace> after = same ? before : traces(k[1], board, config, chain, options, record);
    List<RunDiff> diffs = TraceDiffer.diffChain(before, after, context);
    boolean recorded = before.get(0).execution() != null && after.get(0).execution() != null;
    if (!record || recorded || diffs.stream().allMatch(d -> d.verdict() == Verdict.SAME)) {
      return diffs;
    }
    before = before.get(0).execution() != null ? before : rerun(k[0], board, config, chain, options);
    after = after.get(0).execution() != null ? after : rerun(k[1], board, config, chain, options);
    return TraceDiffer.diffChain(before, after, context);
  }

  /** The traces of a chain on one built tree and board: kept ones (without executions), else run now. */
  private static List<Trace> traces(BuiltKernel k, Board board, Matrix.ConfigEntry config, List<Scenario> chain,
      ReviewOptions options, boolean record) {
    Key key = key(k, board, config, chain, options);
    List<Trace> recorded = record ? RECORDED.get(key) : null;
    if (recorded != null) {
      return recorded;
    }
    List<Trace> kept = TRACES.get(key);
    if (kept != null) {
      return kept;
    }
    // Two reviews replaying neighbouring states of a history (the corpus runs two entries at once, each state is one
    // entry's after and the next one's before) need the same chain at the same time: one runs it, the other waits.
    CompletableFuture<List<Trace>> mine = new CompletableFuture<>();
    CompletableFuture<List<Trace>> running = RUNNING.putIfAbsent(key, mine);
    if (running != null) {
      List<Trace> theirs;
      try {
        theirs = running.join();
      } catch (java.util.concurrent.CompletionException e) {
        // The run that failed reports the failure; rethrow it as it was, not wrapped.
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
      return record || theirs.get(0).execution() == null ? theirs : strip(theirs);
    }
    try {
      List<Trace> run = run(k, board, config, chain, options, record);
      TRACES.put(key, strip(run));
      if (record) {
        RECORDED.put(key, run);
      }
      mine.complete(run);
      return run;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      RUNNING.remove(key, mine);
    }
  }

  /** A chain run again recording its statements, kept among the recent recorded ones. */
  private static List<Trace> rerun(BuiltKernel k, Board board, Matrix.ConfigEntry config, List<Scenario> chain,
      ReviewOptions options) {
    List<Trace> run = run(k, board, config, chain, options, true);
    RECORDED.put(key(k, board, config, chain, options), run);
    return run;
  }

  private static Key key(BuiltKernel k, Board board, Matrix.ConfigEntry config, List<Scenario> chain,
      ReviewOptions options) {
    return new Key(k.treeDigest(), config.config(), board.digest(), List.copyOf(chain), options.budget(),
        options.matrix().observing());
  }

  private static List<Trace> strip(List<Trace> traces) {
    return traces.stream().map(Trace::withoutExecution).toList();
  }

  private static List<Trace> run(BuiltKernel k, Board board, Matrix.ConfigEntry config, List<Scenario> chain,
      ReviewOptions options, boolean record) {
    return ScenarioRunner.runChain(k.program(), board, config.config(), chain, options.budget(),
        options.matrix().observing(), record);
  }
}
