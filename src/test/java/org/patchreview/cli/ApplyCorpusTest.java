package org.patchreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code review apply --corpus DIR} reviews on the corpus in DIR, as {@code review corpus --corpus DIR} replays it. */
class ApplyCorpusTest {
  private static final String REFERENCE = "patches/0001-ARM-dma-mapping-Don-t-tear-third-party-mappings.mbox";

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private void copyCorpus(String... folders) throws IOException {
    for (String folder : folders) {
      Path from = Path.of("corpus", folder);
      try (Stream<Path> walk = Files.walk(from)) {
        for (Path p : (Iterable<Path>) walk::iterator) {
          Path t = dir.resolve(folder).resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(t);
          } else {
            Files.copy(p, t);
          }
        }
      }
    }
  }

  @Test
  void aCopyOfTheBundledCorpusReviewsAsTheBundledOne() throws IOException {
    copyCorpus("kernel", "boards", "configs", "scenarios", "history");
    Run bundled = run("apply", REFERENCE);
    Run copied = run("apply", "--corpus", dir.toString(), REFERENCE);
    assertEquals(0, copied.code(), copied.err());
    assertEquals(bundled.out(), copied.out());
  }

  @Test
  void aCorpusWithFewerBoardsRunsOnlyThose() throws IOException {
    copyCorpus("kernel", "boards", "configs", "scenarios");
    try (Stream<Path> boards = Files.list(dir.resolve("boards"))) {
      for (Path b : boards.filter(p -> !p.getFileName().toString().startsWith("lager")).toList()) {
        Files.delete(b);
      }
    }
    Run r = run("apply", "--corpus", dir.toString(), REFERENCE);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("10 runs (1 boards x 2 configs x 5 scenarios)"), r.out());
  }

  @Test
  void aCorpusWithoutItsObservingFileIsABadInputNamingIt() throws IOException {
    copyCorpus("kernel", "boards", "configs", "scenarios");
    Files.delete(dir.resolve("scenarios/observing.txt"));
    Run r = run("apply", "--corpus", dir.toString(), REFERENCE);
    assertEquals(3, r.code(), r.out() + r.err());
    assertEquals("review: scenarios/observing.txt: error: missing: it declares what runs observe (the traced files, "
        + "the IOMMU ops)", r.err().strip());
  }

  @Test
  void aDeclarationThatDoesNotReadIsABadInputNamingItsLine() throws IOException {
    copyCorpus("kernel", "boards", "configs", "scenarios");
    Path observing = dir.resolve("scenarios/observing.txt");
    Files.writeString(observing, Files.readString(observing) + "watch everything\n");
    Run r = run("apply", "--corpus", dir.toString(), REFERENCE);
    assertEquals(3, r.code(), r.out() + r.err());
    long lines = Files.readString(observing).lines().count();
    assertEquals("review: scenarios/observing.txt:" + lines + ": error: unknown declaration 'watch' (trace, iommu-ops, "
        + "isolation-unchecked, refcounted, probe)", r.err().strip());
  }

  @Test
  void aMissingCorpusFolderIsAUsageError() {
    Run r = run("apply", "--corpus", dir.resolve("none").toString(), REFERENCE);
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--corpus " + dir.resolve("none") + ": no such folder"), r.err());
  }

  @Test
  void aFolderWithoutAKernelIsABadInputNamingWhatIsMissing() throws IOException {
    copyCorpus("boards", "configs", "scenarios");
    Run r = run("apply", "--corpus", dir.toString(), REFERENCE);
    assertEquals(3, r.code());
    assertTrue(r.err().contains("the corpus has no kernel folder"), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }
}
