package org.patchreview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patchreview.corpus.Corpus;
import org.patchreview.hw.Board;
import org.patchreview.interp.BuiltKernel;
import org.patchreview.interp.Coverage;
import org.patchreview.observe.Execution;
import org.patchreview.observe.Trace;
import org.patchreview.scenario.Matrix;
import org.patchreview.scenario.Scenario;
import org.patchreview.scenario.ScenarioRunner;
import org.patchreview.tree.SourceTree;

/**
 * The runs the build stores are the runs a review would make: for the bundled kernel, every board and chain of the
 * first config is found in the store (reviews of it run nothing before the patch) and is what running it gives, the
 * statements it entered and every statement it executed included. A store that went missing or stale would make reviews slow or wrong; this fails.
 */
class RunStoreTest {
  @Test
  void theStoredRunsOfTheBundledKernelAreTheRunsMadeNow() {
    Corpus c = Corpus.bundled();
    ReviewOptions options = ReviewOptions.on(c, new Timings());
    Matrix m = c.matrix();
    Matrix.ConfigEntry config = m.configs().get(0);
    BuiltKernel k = BuiltKernel.build(c.kernel(), config.config());
    int compared = 0;
    for (Board plain : m.boards()) {
      Board board = config.apply(plain);
      for (List<Scenario> chain : m.chains()) {
        MatrixRun.Key key = new MatrixRun.Key(k.treeDigest(), config.config(), board.digest(), List.copyOf(chain),
            options.budget(), m.observing());
        MatrixRun.Chain stored = RunStore.find(k.treeDigest(), MatrixRun.storeKey(key)).orElse(null);
        assertTrue(stored != null, "no stored runs for " + board.name() + " " + chain);
        Coverage coverage = new Coverage();
        List<Trace> ran = ScenarioRunner.runChain(k.program(), board, config.config(), chain, options.budget(),
            m.observing(), true, coverage);
        MatrixRun.Chain recorded = RunStore.findRecorded(k.treeDigest(), MatrixRun.storeKey(key)).orElse(null);
        assertTrue(recorded != null, "no stored statements for " + board.name() + " " + chain);
        assertEquals(ran.size(), stored.traces().size());
        for (int i = 0; i < ran.size(); i++) {
          Trace a = ran.get(i);
          Trace b = stored.traces().get(i);
          assertEquals(List.of(a.id(), a.steps(), a.observations(), String.valueOf(a.error())),
              List.of(b.id(), b.steps(), b.observations(), String.valueOf(b.error())), a.id());
          assertSameExecution(a.execution(), recorded.traces().get(i).execution(), a.id());
          assertEquals(b.observations(), recorded.traces().get(i).observations());
        }
        assertFalse(coverage.spans().isEmpty());
        assertEquals(coverage.spans(), stored.covered(), board.name() + ": the statements entered");
        compared++;
      }
    }
    assertEquals(m.boards().size() * m.chains().size(), compared);
  }

  /** Every statement in order with its function, where each observation and action fell, and what was not kept. */
  private static void assertSameExecution(Execution ran, Execution stored, String id) {
    assertEquals(ran.end(), stored.end(), id);
    assertArrayEquals(ran.positions(), stored.positions(), id);
    assertArrayEquals(ran.actionStarts(), stored.actionStarts(), id);
    assertEquals(ran.log().size(), stored.log().size(), id);
    assertEquals(ran.log().dropped(), stored.log().dropped(), id);
    for (int i = 0; i < ran.log().size(); i++) {
      if (!ran.log().span(i).equals(stored.log().span(i)) || !ran.log().function(i).equals(stored.log().function(i))) {
        assertEquals(ran.log().span(i) + " in " + ran.log().function(i),
            stored.log().span(i) + " in " + stored.log().function(i), id + ": statement " + i);
      }
    }
  }

  /**
   * The build's list of builds that link and compile without a problem holds the bundled kernel under every config,
   * and it is true: a review links such a build only when a run asks, and then it links and compiles every function
   * with no problem. A tree the build never saw (the kernel with a function broken) is not on the list.
   */
  @Test
  void theBundledKernelIsKnownToLinkAndCompileAndABrokenTreeIsNot() {
    Corpus c = Corpus.bundled();
    for (Matrix.ConfigEntry config : c.matrix().configs()) {
      assertTrue(RunStore.builtClean(c.kernel().digest(), config.config()), config.config().name());
      BuiltKernel k = Builds.of(c.kernel(), config, new Timings(), "bundled").join();
      assertTrue(k.knownClean(), config.config().name());
      assertTrue(k.program().diagnostics().isEmpty());
      assertEquals(List.of(), k.program().compileNow(f -> true));
    }
    String file = "arch/arm/mm/dma-mapping.c";
    String text = c.kernel().readString(file).orElseThrow();
    SourceTree broken = c.kernel().with(java.util.Map.of(file, (text + "\nint broken(void) { return undeclared; }\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)), java.util.Set.of(), "broken");
    Matrix.ConfigEntry config = c.matrix().configs().get(0);
    assertFalse(RunStore.builtClean(broken.digest(), config.config()));
    BuiltKernel k = Builds.of(broken, config, new Timings(), "broken").join();
    assertFalse(k.knownClean());
    assertFalse(Builds.problems(k, java.util.Set.of(file)).isEmpty(), "the broken function's error is reported");
  }
}
