package org.patchreview.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real, unpreprocessed kernel files from Debian's linux-source-6.1, parsed as {@code review parse} does: each folder
 * must stay at or above its target rate of good lines. {@code .ci/run} installs the package and extracts the folders
 * into {@code $REVIEW_LINUX_SRC} (default {@code ~/.cache/review/linux-source-6.1}).
 */
class RealKernelTest {
  private static Path root;

  @BeforeAll
  static void locate() {
    String env = System.getenv("REVIEW_LINUX_SRC");
    root = env != null && !env.isEmpty() ? Path.of(env)
        : Path.of(System.getProperty("user.home"), ".cache", "review", "linux-source-6.1");
    // SkippedTestsSummary prints this at the end of the run.
    String why = "no Linux 6.1 source at " + root + " (.ci/run installs Debian's linux-source-6.1 and extracts "
        + "arch/arm/mm, arch/arm/include/asm and drivers/iommu there; or set REVIEW_LINUX_SRC)";
    Assumptions.assumeTrue(Files.isDirectory(root.resolve("drivers/iommu")), why);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // folder, file suffix, files at least, functions at least, target % of good lines
    "arch/arm/mm,           .c, 44,  580, 99.5",
    "drivers/iommu,         .c, 57, 2090, 99.5",
    "arch/arm/include/asm,  .h, 200, 480, 99.0",
  })
  void meetsTheTarget(String folder, String suffix, int minFiles, int minFunctions, double target) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root.resolve(folder))) {
      files = walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
    List<FileParse> parses = files.parallelStream().map(RealKernelTest::parse).toList();
    ParseTotals totals = ParseTotals.of(parses, 5);
    assertTrue(totals.files() >= minFiles, folder + ": only " + totals.files() + " files");
    assertTrue(totals.functions() >= minFunctions, folder + ": only " + totals.functions() + " functions parsed");
    assertTrue(totals.percentGood() >= target, String.format("%s: %.2f%% of the lines good, target %.1f%%; "
        + "problem tokens %s", folder, totals.percentGood(), target, totals.problemTokens()));
    for (FileParse p : parses) {
      assertEquals(p.lines(), p.good() + p.passed() + p.bad());
      for (TopLevel t : p.failures()) {
        assertTrue(t.error().line() > 0 && t.error().file().equals(p.path()), t.error().oneLine());
      }
    }
  }

  private static FileParse parse(Path file) {
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      return SourceParser.parse(root.relativize(file).toString(), text, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
