package org.patchreview.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.patchreview.ExitCode;
import org.patchreview.ReviewOptions;
import org.patchreview.corpus.Corpus;
import org.patchreview.Timings;
import org.patchreview.regression.BugCatches;
import org.patchreview.regression.CorpusResult;
import org.patchreview.regression.CorpusRunner;
import org.patchreview.diag.Diagnostic;
import org.patchreview.diff.Verdict;

/** {@code review corpus}: replay the regression corpus and check every entry against its golden reports. */
final class CorpusCommand extends Main.Runner {
  boolean bless;
  Path corpusDir;
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
            + "bundled copy)", v -> corpusDir = Cli.path("--corpus", v)),
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
    Corpus corpus = dir == null ? Corpus.bundled() : Corpus.at(dir);
    corpus.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> err.println("review: " + d.oneLine()));
    if (corpus.hasErrors()) {
      return ExitCode.BAD_INPUT;
    }
    if (corpus.history() == null) {
      err.println("review: " + (dir == null ? "the bundled corpus" : dir) + " has no history (no "
          + Corpus.HISTORY + "/chain.txt)");
      return ExitCode.BAD_INPUT;
    }
    if (only != null) {
      List<String> names = corpus.history().entries().stream().map(e -> e.name()).toList();
      for (String o : only) {
        if (o.isBlank() || names.stream().noneMatch(n -> n.startsWith(o))) {
          throw new Cli.UsageError("--only '" + o + "': no history entry starts "
              + "so (" + (names.isEmpty() ? "the history has no entries"
              : "entries: " + names.get(0) + " ... " + names.get(names.size() - 1)) + ")");
        }
      }
    }
    Timings clock = new Timings();
    // Each entry is replayed on the state before it, as `review apply --base` would: no state is chosen.
    ReviewOptions options = ReviewOptions.on(corpus, clock).withBase(corpus.kernel(), ReviewOptions.MODEL);
    ProgressLine progress = Terminal.current().stderrTty()
        ? new ProgressLine(err, System::nanoTime, 1000, "entries") : null;
    List<CorpusResult> results = CorpusRunner.run(corpus, options, bless,
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
    if (corpusDir != null) {
      if (!Files.isDirectory(corpusDir.resolve(Corpus.HISTORY))) {
        throw new Cli.UsageError(corpusDir + " has no history folder");
      }
      return corpusDir;
    }
    for (String base : new String[] {System.getProperty("review.home"), "."}) {
      if (base != null && Files.isRegularFile(Path.of(base, "corpus", Corpus.HISTORY, "chain.txt"))) {
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
    out.print(BugCatches.render(BugCatches.of(results)));
    out.print(BugCatches.renderOutside(BugCatches.outside(results)));
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
