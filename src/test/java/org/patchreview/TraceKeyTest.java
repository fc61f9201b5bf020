package org.patchreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patchreview.corpus.Corpus;
import org.patchreview.diff.RunDiff;
import org.patchreview.mail.MailReader;
import org.patchreview.scenario.Matrix;
import org.patchreview.scenario.Scenario;

/**
 * Runs are kept by what they ran, not by what it was called: a scenario made in code under a name another scenario
 * already has gets its own runs (as an explorer's scenarios would).
 */
class TraceKeyTest {
  private static List<RunDiff> review(Scenario s) throws Exception {
    Corpus c = Corpus.bundled();
    Matrix m = c.matrix();
    Matrix one = new Matrix(m.boards().stream().filter(b -> b.name().equals("lager")).toList(),
        m.configs().subList(0, 1), List.of(s), m.observing(), m.diagnostics());
    ReviewOptions o = ReviewOptions.on(c, new Timings()).with(b -> b.base(c.kernel(), "base").matrix(one)
        .checkFixes(false));
    ReviewResult r = Review.review(MailReader.read(Path.of(
        "patches/0001-ARM-dma-mapping-Don-t-tear-third-party-mappings.mbox")), o);
    return r.report().runs();
  }

  private static Scenario named(String scenario, String as) {
    Scenario s = Corpus.bundled().matrix().scenarios().stream().filter(x -> x.name().equals(scenario)).findFirst()
        .orElseThrow();
    return new Scenario(as, s.description(), s.steps());
  }

  @Test
  void twoScenariosUnderOneNameAreRunEachForItself() throws Exception {
    List<RunDiff> probe = review(named("probe", "x"));
    List<RunDiff> rebind = review(named("rebind", "x"));
    assertEquals(named("probe", "x").steps().size(), probe.get(0).steps().size());
    assertEquals(named("rebind", "x").steps().size(), rebind.get(0).steps().size());
    assertNotEquals(probe.get(0).verdict(), rebind.get(0).verdict(),
        "the reference patch changes nothing on probe and fixes rebind on lager");
    assertEquals(review(named("rebind", "rebind")).get(0).verdict(), rebind.get(0).verdict());
  }
}
