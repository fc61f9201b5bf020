package org.patchreview.testing;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Ends a test run with one line per group of tests that did not run (skipped, or aborted by an assumption such as a
 * missing package), naming the class, how many tests and why: a quiet {@code mvn -B test} would otherwise say only
 * "Skipped: 6". Registered through {@code META-INF/services}, so every run of the JUnit platform prints it.
 */
public final class SkippedTestsSummary implements TestExecutionListener {
  /** "Class: reason" to the number of tests it covers, in the order first met. */
  private final Map<String, Integer> groups = new LinkedHashMap<>();
  private TestPlan plan;

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    plan = testPlan;
  }

  @Override
  public void executionSkipped(TestIdentifier id, String reason) {
    add(id, reason);
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      add(id, result.getThrowable().map(t -> String.valueOf(t.getMessage())).orElse("aborted"));
    }
  }

  private void add(TestIdentifier id, String reason) {
    long tests = id.isTest() ? 1 : plan == null ? 0 : plan.getDescendants(id).stream()
        // A parameterized test not yet run is a template without tests under it: it counts as one.
        .filter(d -> d.isTest() || plan.getChildren(d).isEmpty()).count();
    if (tests == 0) {
      return;
    }
    String why = reason == null || reason.isBlank() ? "no reason given" : reason.strip()
        .replaceFirst("^Assumption failed: ", "").replaceFirst("^assumption is not true$", "an assumption failed");
    groups.merge(className(id.getSource()).orElse(id.getDisplayName()) + ": " + why, (int) tests, Integer::sum);
  }

  private static Optional<String> className(Optional<TestSource> source) {
    return source.map(s -> s instanceof MethodSource m ? m.getClassName()
        : s instanceof ClassSource c ? c.getClassName() : null).map(n -> n.substring(n.lastIndexOf('.') + 1));
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    List<String> lines = new ArrayList<>();
    groups.forEach((group, n) -> {
      int colon = group.indexOf(": ");
      lines.add("Skipped " + n + (n == 1 ? " test" : " tests") + " of " + group.substring(0, colon) + ": "
          + group.substring(colon + 2));
    });
    groups.clear();
    PrintStream out = System.out;
    lines.forEach(out::println);
    out.flush();
  }
}
