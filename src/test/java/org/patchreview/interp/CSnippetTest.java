package org.patchreview.interp;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.patchreview.tree.SourceTree;

/**
 * C snippets with inline expectations, discovered from {@code src/test/resources/c/**}{@code /*.c} (all but
 * {@code known-bugs/}, which holds snippets that show open bugs and runs only with
 * {@code -Dsnippets.knownBugs=true}). Each snippet is preprocessed, parsed and linked with the shared
 * {@code prelude.h} and the headers beside it, then every {@code // expect...:} comment is checked; the expectation
 * language is described in {@code src/test/resources/c/README.md}. A mismatch names {@code file:line}, the
 * expectation and what happened instead.
 */
class CSnippetTest {
  private static final String KNOWN_BUGS = "known-bugs/";
  private static final String MODEL = "model/";

  static Stream<String> snippets() throws IOException, URISyntaxException {
    boolean knownBugs = Boolean.getBoolean("snippets.knownBugs");
    Path root = root();
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".c")).map(p -> relative(root, p))
          .filter(p -> knownBugs || !p.startsWith(KNOWN_BUGS)).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snippets")
  void snippet(String path) throws IOException, URISyntaxException {
    Path root = root();
    SnippetFile snippet = SnippetFile.parse(path, Files.readString(root.resolve(path), StandardCharsets.UTF_8));
    assertFalse(snippet.expectations().isEmpty() && snippet.problems().isEmpty(),
        path + " states no expectation");
    SnippetChecker checker = new SnippetChecker(tree(root, path), snippet);
    List<Executable> checks = new ArrayList<>();
    for (String problem : snippet.problems()) {
      checks.add(() -> fail(problem));
    }
    checks.add(() -> checker.buildProblems().ifPresent(p -> fail(path + ": " + p)));
    for (Expectation e : snippet.expectations()) {
      checks.add(() -> checker.check(e).ifPresent(p -> fail(path + ":" + e.line() + ": " + e.text() + "\n    " + p)));
    }
    assertAll(path, checks);
  }

  /** The snippet, every header of the snippet folders at its own path, and the prelude also as include/. */
  private static SourceTree tree(Path root, String snippet) throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      all.filter(p -> p.toString().endsWith(".h")).forEach(p -> files.put(relative(root, p), read(p)));
    }
    files.put("include/prelude.h", read(root.resolve("prelude.h")));
    if (snippet.startsWith(MODEL)) {
      // Snippets of model/ test the bundled kernel's own headers, as <linux/...> and <asm/...> find them.
      for (String dir : List.of("include", "arch/arm/include")) {
        Path base = Path.of("corpus/kernel").resolve(dir);
        try (Stream<Path> all = Files.walk(base)) {
          all.filter(p -> p.toString().endsWith(".h"))
              .forEach(p -> files.put(dir + "/" + relative(base, p), read(p)));
        }
      }
    }
    files.put(snippet, read(root.resolve(snippet)));
    return SourceTree.of("snippet " + snippet, files);
  }

  private static Path root() throws URISyntaxException {
    return Path.of(CSnippetTest.class.getResource("/c").toURI());
  }

  private static String relative(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
