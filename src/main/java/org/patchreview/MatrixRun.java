package org.patchreview;

import java.util.List;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.patchreview.c.Span;
import org.patchreview.diff.ChangedCode;
import org.patchreview.diff.PatchContext;
import org.patchreview.diff.PatchLines;
import org.patchreview.diff.RunDiff;
import org.patchreview.diff.TraceDiffer;
import org.patchreview.diff.Verdict;
import org.patchreview.c.Config;
import org.patchreview.hw.Board;
import org.patchreview.interp.BuiltKernel;
import org.patchreview.interp.Coverage;
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
 *
 * <p>Every run also marks the statements it enters. A chain whose runs before entered none of the statements the
 * patch changed ({@link ChangedCode}) is proven the same without running it after; its runs before come from the
 * kept ones, the build's store of every bundled state ({@link RunStore}), or are run now.
 */
final class MatrixRun {
  /**
   * What a chain's traces depend on, all of it by content: the built tree, the whole config, the board as the
   * config's kernel sees it, the scenarios themselves (names, descriptions and every step: a scenario made in code
   * under a name another one has gets its own traces), and the budget.
   */
  record Key(String treeDigest, Config config, String boardDigest, List<Scenario> chain,
      Machine.Budget budget, Observing observing) {}

  /** A chain's traces and the places of the statements its runs entered (boot and every step). */
  record Chain(List<Trace> traces, Set<Span> covered) {
    Chain withoutExecution() {
      return traces.get(0).execution() == null ? this
          : new Chain(traces.stream().map(Trace::withoutExecution).toList(), covered);
    }

    boolean recorded() {
      return traces.get(0).execution() != null;
    }
  }

  /** What {@link #runAll} did: the runs in matrix order, and how many were proven the same without running after. */
  record Result(List<RunDiff> runs, int proven) {}

  /** Traces by {@link Key}, without what they executed: the corpus replays a chain of states once each. */
  private static final Memo<Key, Chain> TRACES = Memo.lru("chain traces", 4096);

  /**
   * The most recent traces that recorded their statements, kept whole: in a history each state is one patch's after
   * and the next one's before, and a chain that differs is wanted recorded on both sides. Few, since they are large.
   */
  private static final Memo<Key, Chain> RECORDED = Memo.lru("recorded chain traces",
      Integer.getInteger("review.recordedTraces", 96));

  /** Chains being run now, by the same key, so that a second review asking for one waits instead of running it too. */
  private static final ConcurrentHashMap<Key, CompletableFuture<Chain>> RUNNING = new ConcurrentHashMap<>();

  /**
   * Whether chains may be proven the same from what they entered; {@code -Dreview.prove=false} runs them all (the
   * tests compare the two).
   */
  private static boolean prove() {
    return !"false".equals(System.getProperty("review.prove"));
  }

  private MatrixRun() {}

  /** Every cell, in parallel ({@link Workers}); results keep matrix order (config, board, scenario). */
  static Result runAll(ReviewOptions options, Matrix matrix, List<BuiltKernel[]> builds, PatchContext context) {
    return runAll(options, matrix, builds, context, PatchLines.NONE);
  }

  /**
   * The same, knowing how the patch moved lines ({@code moves}, {@link PatchLines#NONE} when unknown): code that
   * only moved is the same code, and a run proven the same has its places moved as the run after would report them.
   */
  static Result runAll(ReviewOptions options, Matrix matrix, List<BuiltKernel[]> builds, PatchContext context,
      PatchLines moves) {
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
    AtomicInteger proven = new AtomicInteger();
    // What the patch changed in each config's build, asked once per config, not once per chain: it compares every
    // declaration. Nothing (a comment or whitespace change): the runs after are the runs before.
    ChangedCode[] changed = new ChangedCode[builds.size()];
    for (int c = 0; c < builds.size(); c++) {
      changed[c] = builds.get(c)[0].units().equals(builds.get(c)[1].units()) ? ChangedCode.NONE
          : prove() ? ChangedCode.between(builds.get(c)[0].units(), builds.get(c)[1].units(), moves != PatchLines.NONE)
          : ChangedCode.UNPROVABLE;
    }
    options.progress().update("running", 0, matrix.size());
    Workers.forEach(tasks, i -> {
      int c = i / (boards * chains.size());
      int b = (i / chains.size()) % boards;
      List<Scenario> chain = chains.get(i % chains.size());
      Matrix.ConfigEntry config = matrix.configs().get(c);
      Board board = config.apply(matrix.boards().get(b));
      List<RunDiff> diffs = chain(options, builds.get(c), changed[c], board, config, chain, context, moves, proven);
      for (int j = 0; j < chain.size(); j++) {
        cells[(c * boards + b) * scenarios + place.get(chain.get(j))] = diffs.get(j);
      }
      options.progress().update("running", done.addAndGet(chain.size()), matrix.size());
    });
    return new Result(List.of(cells), proven.get());
  }

  /**
   * One chain before and after; when it differs and a side came without its statements, that side again with them
   * (kept, stored or run again). A chain whose runs before entered nothing the patch changed is not run after: its
   * runs after are its runs before.
   */
  private static List<RunDiff> chain(ReviewOptions options, BuiltKernel[] k, ChangedCode changed, Board board,
      Matrix.ConfigEntry config, List<Scenario> chain, PatchContext context, PatchLines moves, AtomicInteger proven) {
    // Where the patch left the trees as they were, the runs after are the runs before and nothing can part: no
    // statement is recorded for why:.
    boolean same = changed == ChangedCode.NONE;
    boolean record = context != PatchContext.NONE && !same;
    Chain before = traces(k[0], board, config, chain, options, record);
    if (same) {
      proven.addAndGet(chain.size());
      return TraceDiffer.diffChain(before.traces(), before.traces(), context);
    }
    if (!changed.reachedBy(before.covered())) {
      // Its runs after are its runs before, with their places where the patch moved them (unless one is on a line
      // the patch changed: then it runs).
      List<Trace> moved = ChangedCode.moved(before.traces(), moves);
      if (moved != null) {
        proven.addAndGet(chain.size());
        return TraceDiffer.diffChain(before.traces(), moved, context);
      }
    }
    Chain after = traces(k[1], board, config, chain, options, record);
    List<RunDiff> diffs = TraceDiffer.diffChain(before.traces(), after.traces(), context);
    if (!record || before.recorded() && after.recorded()
        || diffs.stream().allMatch(d -> d.verdict() == Verdict.SAME)) {
      return diffs;
    }
    before = before.recorded() ? before : recorded(k[0], board, config, chain, options);
    after = after.recorded() ? after : recorded(k[1], board, config, chain, options);
    return TraceDiffer.diffChain(before.traces(), after.traces(), context);
  }

  /**
   * The traces of a chain on one built tree and board: kept ones (without executions), the build's stored ones, else
   * run now.
   */
  private static Chain traces(BuiltKernel k, Board board, Matrix.ConfigEntry config, List<Scenario> chain,
      ReviewOptions options, boolean record) {
    Key key = key(k, board, config, chain, options);
    Chain recorded = record ? RECORDED.get(key) : null;
    if (recorded != null) {
      return recorded;
    }
    Chain kept = TRACES.get(key);
    if (kept != null) {
      return kept;
    }
    Chain stored = RunStore.find(key.treeDigest(), storeKey(key)).orElse(null);
    if (stored != null) {
      TRACES.put(key, stored);
      return stored;
    }
    // Two reviews replaying neighbouring states of a history (the corpus runs two entries at once, each state is one
    // entry's after and the next one's before) need the same chain at the same time: one runs it, the other waits.
    CompletableFuture<Chain> mine = new CompletableFuture<>();
    CompletableFuture<Chain> running = RUNNING.putIfAbsent(key, mine);
    if (running != null) {
      Chain theirs;
      try {
        theirs = running.join();
      } catch (java.util.concurrent.CompletionException e) {
        // The run that failed reports the failure; rethrow it as it was, not wrapped.
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
      return record ? theirs : theirs.withoutExecution();
    }
    try {
      // The build records every chain it runs: the store keeps what each executed.
      Chain run = run(k, board, config, chain, options, record || RunStore.keeping());
      RunStore.ran(key.treeDigest(), storeKey(key), run);
      Chain plain = run.withoutExecution();
      TRACES.put(key, plain);
      if (record) {
        RECORDED.put(key, run);
      }
      mine.complete(run);
      return record ? run : plain;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      RUNNING.remove(key, mine);
    }
  }

  /**
   * A chain's traces with the statements they executed: kept recently, else from the build's store, else run again
   * recording; kept among the recent recorded ones.
   */
  private static Chain recorded(BuiltKernel k, Board board, Matrix.ConfigEntry config, List<Scenario> chain,
      ReviewOptions options) {
    Key key = key(k, board, config, chain, options);
    Chain kept = RECORDED.get(key);
    if (kept != null) {
      return kept;
    }
    Chain run = RunStore.findRecorded(key.treeDigest(), storeKey(key))
        .orElseGet(() -> run(k, board, config, chain, options, true));
    RECORDED.put(key, run);
    return run;
  }

  private static Key key(BuiltKernel k, Board board, Matrix.ConfigEntry config, List<Scenario> chain,
      ReviewOptions options) {
    return new Key(k.treeDigest(), config.config(), board.digest(), List.copyOf(chain), options.budget(),
        options.matrix().observing());
  }

  /**
   * A key as the build's store names it: the digest of everything the key holds but the tree (the store's part),
   * written out in an order that does not depend on the JVM (sets and maps sorted).
   */
  static String storeKey(Key key) {
    // The same for every state: made once per JVM (the corpus looks up 600 chains, a review 20 to 40 twice).
    return STORE_KEYS.computeIfAbsent(new Key("", key.config(), key.boardDigest(), key.chain(), key.budget(),
        key.observing()), MatrixRun::storeKeyNow);
  }

  private static final Memo<Key, String> STORE_KEYS = Memo.hot("store keys", 4096);

  private static String storeKeyNow(Key key) {
    StringBuilder t = new StringBuilder();
    t.append("config ").append(key.config().name()).append(new TreeMap<>(key.config().symbols())).append('\n');
    t.append("board ").append(key.boardDigest()).append('\n');
    for (Scenario s : key.chain()) {
      t.append("scenario ").append(s.name()).append('\n').append(s.description()).append('\n');
      for (Scenario.Step step : s.steps()) {
        t.append("  ").append(step.name()).append(' ').append(step.line()).append(' ').append(step.actions())
            .append('\n');
      }
    }
    t.append("budget ").append(key.budget()).append('\n');
    Observing o = key.observing();
    t.append("observing ").append(new TreeSet<>(o.traced())).append(new TreeSet<>(o.iommuOps()))
        .append(new TreeMap<>(o.isolationUnchecked())).append(new TreeMap<>(o.refcounted())).append(o.probe());
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(t.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Chain run(BuiltKernel k, Board board, Matrix.ConfigEntry config, List<Scenario> chain,
      ReviewOptions options, boolean record) {
    Coverage coverage = new Coverage();
    List<Trace> traces = ScenarioRunner.runChain(k.program(), board, config.config(), chain, options.budget(),
        options.matrix().observing(), record, coverage);
    return new Chain(traces, coverage.spans());   // read only, and the run that marked it is over
  }
}
