package org.patchreview.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.patchreview.Exploration;
import org.patchreview.ReviewOptions;
import org.patchreview.Timings;
import org.patchreview.corpus.Corpus;
import org.patchreview.diag.Diagnostic;
import org.patchreview.report.ExploreReport;
import org.patchreview.scenario.ExploreResult;
import org.patchreview.scenario.Explorer;

/** The options {@code review explore}, {@code review compare} and {@code review apply --explore} share. */
final class ExploreOptions {
  /** Report formats of exploration. */
  enum Format { text, json }

  Integer depth;
  final Set<String> boards = new LinkedHashSet<>();
  final Set<String> configs = new LinkedHashSet<>();
  int seconds = 120;
  Format format = Format.text;
  String base;
  Path corpusDir;

  /** {@code --depth N}: 1 to {@link Explorer.Limits#MAX_DEPTH}; 0, negative or more is a usage error. */
  static int depth(String v) {
    int n = Cli.integer("--depth", v, 1);
    if (n > Explorer.Limits.MAX_DEPTH) {
      throw new Cli.UsageError("--depth " + n + " is too deep: at most " + Explorer.Limits.MAX_DEPTH
          + " (each level multiplies the sequences by the number of actions)");
    }
    return n;
  }

  Cli.Option depthOption() {
    return Cli.value("--depth", "N", "explore every sequence of up to N actions after boot, 1 to "
        + Explorer.Limits.MAX_DEPTH + " (default: " + Explorer.Limits.DEFAULT_DEPTH + ")", v -> depth = depth(v));
  }

  Cli.Option timeBudgetOption() {
    return Cli.value("--time-budget", "S", "explore for at most S seconds in all, shared equally by the (board, "
        + "config) cells; a cell whose share runs out reports the depth it explored completely (default: 120)",
        v -> seconds = Cli.integer("--time-budget", v, 1));
  }

  List<Cli.Option> options(boolean withBase) {
    List<Cli.Option> out = new java.util.ArrayList<>(List.of(depthOption(),
        Cli.value("--board", "B", "explore this board only (may be given more than once)", boards::add),
        Cli.value("--config", "C", "explore this config only (may be given more than once)", configs::add),
        timeBudgetOption(),
        Cli.value("--format", "FORMAT", "text or json (default: text)",
            v -> format = Cli.choice("--format", v, Format.class)),
        Cli.value("--corpus", "DIR", "explore on the corpus in DIR instead of the bundled one",
            v -> corpusDir = Cli.path("--corpus", v))));
    if (withBase) {
      out.add(Cli.value("--base", "REF", "the modelled state (a tag, a history entry or a prefix of one, "
          + "before:ENTRY, or base; review apply --list-bases lists them); default: explore, base (the modelled "
          + "kernel the history starts from); compare, the state the first mail would be reviewed on", v -> base = v));
    }
    return out;
  }

  /** The corpus, or null after its errors were printed. */
  Corpus corpus(PrintWriter err) {
    if (corpusDir != null && !Files.isDirectory(corpusDir)) {
      throw new Cli.UsageError("--corpus " + corpusDir + ": no such folder");
    }
    Corpus c = corpusDir == null ? Corpus.bundled() : Corpus.at(corpusDir);
    if (c.hasErrors()) {
      c.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> err.println("review: " + d.oneLine()));
      return null;
    }
    return c;
  }

  /** The review options on {@code corpus}, on --base when given; unknown boards and configs are usage errors. */
  ReviewOptions reviewOptions(Corpus corpus, Timings clock) {
    ReviewOptions o = ReviewOptions.on(corpus, clock);
    check("--board", boards, corpus.matrix().boards().stream().map(b -> b.name()).toList());
    check("--config", configs, corpus.matrix().configs().stream().map(c -> c.config().name()).toList());
    if (base == null) {
      return o;
    }
    if (base.equals("base")) {
      return o.withBase(o.base(), "the modelled kernel (base)");
    }
    BaseList.Chosen chosen = BaseList.resolve(o.history(), base);
    return o.withBase(chosen.tree(), "the modelled kernel at " + chosen.name());
  }

  private static void check(String option, Set<String> given, List<String> known) {
    for (String g : given) {
      if (!known.contains(g)) {
        throw new Cli.UsageError(option + " '" + g + "': no such " + option.substring(2) + " (" + String.join(", ",
            known) + ")");
      }
    }
  }

  Exploration.Request request() {
    return new Exploration.Request(new Explorer.Limits(depth == null ? Explorer.Limits.DEFAULT_DEPTH : depth,
        200_000, seconds * 1_000_000_000L), boards, configs);
  }

  /** The outcome printed: errors on standard error, the report on standard output, times on standard error. */
  int print(Exploration.Outcome o, String mode, String title, PrintWriter out, PrintWriter err) {
    o.errors().forEach(d -> err.println("review: " + d.oneLine()));
    if (!o.errors().isEmpty()) {
      return o.exitCode();
    }
    out.print(format == Format.json ? ExploreReport.json(mode, o.base(), o.after(), o.results())
        : ExploreReport.text(title, o.results()));
    for (ExploreResult r : o.results()) {
      err.printf("review: %s / %s: %,d transitions in %.1f s (%,.0f a second)%n", r.board(), r.config(),
          r.transitions(), r.nanos() / 1e9, r.transitions() / Math.max(r.nanos() / 1e9, 1e-9));
    }
    return o.exitCode();
  }
}
