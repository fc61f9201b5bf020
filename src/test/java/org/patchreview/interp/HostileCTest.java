package org.patchreview.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patchreview.tree.SourceTree;
import org.junit.jupiter.api.Test;

/**
 * C too large to keep in a fixture, generated here: nesting that once overflowed the Java stack while compiling is a
 * diagnostic at the statement that goes too deep, and the code around it still builds and runs.
 */
class HostileCTest {
  private static Optional<String> build(String source) throws IOException, URISyntaxException {
    Path prelude = Path.of(HostileCTest.class.getResource("/c/prelude.h").toURI());
    byte[] p = Files.readAllBytes(prelude);
    SourceTree tree = SourceTree.of("generated", Map.of("prelude.h", p, "include/prelude.h", p,
        "generated.c", source.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    SnippetFile snippet = SnippetFile.parse("generated.c", source);
    assertEquals(List.of(), snippet.problems());
    SnippetChecker checker = new SnippetChecker(tree, snippet);
    Optional<String> build = checker.buildProblems();
    if (build.isPresent()) {
      return build;
    }
    for (Expectation e : snippet.expectations()) {
      Optional<String> p2 = checker.check(e);
      if (p2.isPresent()) {
        return Optional.of(e.text() + ": " + p2.get());
      }
    }
    return Optional.empty();
  }

  @Test
  void twentyThousandNestedIfsAreADiagnosticNotAStackOverflow() throws Exception {
    String source = "#include \"prelude.h\"\nint deep(int x)\n{\n\t" + "if (x) ".repeat(20_000) + "return 1;\n"
        + "\treturn 0;\n}\n// expect-error: -3 \"statement nested more than 512 levels deep\"\n"
        + "// expect: shallow(3) == 4\nint shallow(int x)\n{\n\tif (x) if (x) return x + 1;\n\treturn 0;\n}\n";
    Optional<String> problem = build(source);
    assertTrue(problem.isEmpty(), problem.orElse(""));
  }

  @Test
  void nestingUpToTheLimitStillRuns() throws Exception {
    String source = "#include \"prelude.h\"\n// expect: nested(5) == 1\nint nested(int x)\n{\n\t"
        + "if (x) { ".repeat(200) + "return 1;" + " }".repeat(200) + "\n\treturn 0;\n}\n";
    Optional<String> problem = build(source);
    assertTrue(problem.isEmpty(), problem.orElse(""));
  }

  @Test
  void aLongChainOfOperatorsIsADiagnostic() throws Exception {
    String source = "#include \"prelude.h\"\nint sum(int x)\n{\n\treturn " + "x + ".repeat(5_000) + "x;\n}\n"
        + "// expect-error: -2 \"expression nested more than 256 levels deep\"\n";
    Optional<String> problem = build(source);
    assertTrue(problem.isEmpty(), problem.orElse(""));
  }

  @Test
  void aUnitOverItsTokenBudgetIsOneErrorAndNotParsed() throws Exception {
    String source = "#include \"prelude.h\"\nint big(int x)\n{\n" + "\tx = x + 1;\n".repeat(100_000)
        + "\treturn x;\n}\n";
    long start = System.nanoTime();
    Optional<String> problem = build(source);
    assertTrue(problem.isPresent(), "the unit's error is reported");
    assertTrue(problem.get().contains("generated.c:") && problem.get().contains("more than 500000 tokens"),
        problem.get());
    assertTrue(System.nanoTime() - start < 10_000_000_000L, "refused, not parsed for seconds");
  }
}
