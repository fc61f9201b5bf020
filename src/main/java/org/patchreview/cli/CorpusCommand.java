package org.patchreview.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.patchreview.ExitCode;
import org.patchreview.Review;
import org.patchreview.Timings;
import org.patchreview.corpus.CorpusResult;
import org.patchreview.corpus.CorpusRunner;
import org.patchreview.corpus.History;
import org.patchreview.diag.Diagnostic;
import org.patchreview.diff.Verdict;
import org.patchreview.interp.Machine;
import org.patchreview.scenario.Matrix;
import org.patchreview.tree.BundledCorpus;
import org.patchreview.tree.DirectoryTree;
import org.patchreview.tree.SourceTree;

/** {@code review corpus}: replay the regression corpus and check every entry against its golden reports. */
final class CorpusCommand extends Main.Runner {
  boolean bless;
  Path corpus;
  List<String> only;
  boolean timings;

  CorpusCommand(PrintWriter out, PrintWriter err) {
    super(out, err);
  }

  @Override
  Cli.Command command() {
    return new Cli.Command("corpus", "Replay every patch of the modelled kernel's history (corpus/history) against "
        + "the state before it and compare the reports with the golden ones. Exit 1 on any mismatch.", List.of(
        Cli.flag("--bless", "rewrite the golden reports with what the replay gives", () -> bless = true),
        Cli.value("--corpus", "DIR", "the corpus folder (default: the one beside the jar, else ./corpus, else the "
            + "bundled copy)", v -> corpus = Cli.path("--corpus", v)),
        Cli.value("--only", "ENTRY[,ENTRY...]", "replay only these entries (names or their number prefixes); may be "
            + "given more than once", v -> {
              if (only == null) {
                only = new java.util.ArrayList<>();
              }
              for (String name : v.split(",", -1)) {
                if (name.isBlank()) {
                  throw new Cli.UsageError("--only '" + v + "': an empty entry name (a stray comma?)");
                }
                only.add(name);
              }
            }),
        Cli.flag("--timings", "print how long each phase took, on standard error", () -> timings = true)),
        null);
  }

  @Override
  int run() {
    Path dir = folder();
    if (bless && dir == null) {
      throw new Cli.UsageError(
          "--bless needs the corpus folder of a checkout (give it with --corpus DIR)");
    }
    long start = System.nanoTime();
    SourceTree kernel = dir == null ? BundledCorpus.kernel() : DirectoryTree.read(dir.resolve("kernel"), "corpus");
    SourceTree historyFiles = dir == null ? BundledCorpus.folder("history")
        : DirectoryTree.read(dir.resolve("history"), "history");
    // The history (its mails read and applied) and the matrix (Device Tree parses) are independent: read side by side.
    java.util.concurrent.CompletableFuture<History.ReadResult> reading = java.util.concurrent.CompletableFuture
        .supplyAsync(() -> History.read(historyFiles, kernel));
    Matrix matrix = dir == null ? Matrix.bundled() : Matrix.load(DirectoryTree.read(dir.resolve("boards"), "boards"),
        DirectoryTree.read(dir.resolve("configs"), "configs"), DirectoryTree.read(dir.resolve("scenarios"), "s"));
    History.ReadResult read = reading.join();
    List<Diagnostic> problems = new java.util.ArrayList<>(read.diagnostics());
    problems.addAll(matrix.diagnostics());
    problems.stream().filter(Diagnostic::isError).forEach(d -> err.println("review: " + d.oneLine()));
    if (problems.stream().anyMatch(Diagnostic::isError)) {
      return ExitCode.BAD_INPUT;
    }
    if (only != null) {
      List<String> names = read.history().entries().stream().map(e -> e.name()).toList();
      for (String o : only) {
        if (o.isBlank() || names.stream().noneMatch(n -> n.startsWith(o))) {
          throw new Cli.UsageError("--only '" + o + "': no history entry starts "
              + "so (" + (names.isEmpty() ? "the history has no entries"
              : "entries: " + names.get(0) + " ... " + names.get(names.size() - 1)) + ")");
        }
      }
    }
    Timings clock = new Timings();
    Review.Options options = new Review.Options(kernel, "the modelled kernel", matrix, Machine.Budget.DEFAULT, clock,
        read.history(), false, true);
    ProgressLine progress = Terminal.current().stderrTty()
        ? new ProgressLine(err, System::nanoTime, 1000, "entries") : null;
    List<CorpusResult> results = CorpusRunner.run(read.history(), historyFiles,
        dir == null ? null : dir.resolve("history"), options, bless,
        name -> only == null || only.stream().anyMatch(name::startsWith),
        progress == null ? org.patchreview.Progress.NONE : progress);
    if (progress != null) {
      progress.finish();
    }
    print(out, results, (System.nanoTime() - start) / 1e6);
    if (timings) {
      clock.lines().forEach(err::println);
    }
    boolean ok = results.stream().allMatch(CorpusResult::ok);
    return ok ? ExitCode.OK : ExitCode.REGRESSION;
  }

  /** The corpus folder of the checkout the jar was built in, or ./corpus, or none (bundled). */
  private Path folder() {
    if (corpus != null) {
      if (!Files.isDirectory(corpus.resolve("history"))) {
        throw new Cli.UsageError(corpus + " has no history folder");
      }
      return corpus;
    }
    for (String base : new String[] {System.getProperty("review.home"), "."}) {
      if (base != null && Files.isRegularFile(Path.of(base, "corpus", "history", "chain.txt"))) {
        return Path.of(base, "corpus");
      }
    }
    return null;
  }

  private static void print(PrintWriter out, List<CorpusResult> results, double millis) {
    int width = results.stream().mapToInt(r -> r.entry().name().length()).max().orElse(5);
    out.printf("%-" + width + "s  %-8s  %8s  %s%n", "entry", "golden", "time", "verdicts");
    for (CorpusResult r : results) {
      out.printf("%-" + width + "s  %-8s  %6.0f ms  %s%n", r.entry().name(), r.status().word(), r.millis(),
          r.error().isEmpty() ? verdicts(r.verdicts()) : r.error());
    }
    for (CorpusResult r : results) {
      if (!r.diff().isEmpty()) {
        out.println();
        out.print(r.diff());
      }
    }
    Map<CorpusResult.Status, Long> counts = results.stream()
        .collect(Collectors.groupingBy(CorpusResult::status, java.util.TreeMap::new, Collectors.counting()));
    out.printf("%n%d entries: %s, in %.1f s%n", results.size(), counts.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().word()).collect(Collectors.joining(", ")), millis / 1000);
  }

  private static String verdicts(Map<Verdict, Integer> counts) {
    return counts.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getValue() + " " + e.getKey().word())
        .collect(Collectors.joining(", "));
  }
}
