package org.patchreview.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.patchreview.Equivalence;
import org.patchreview.ReviewOptions;
import org.patchreview.Timings;
import org.patchreview.corpus.Corpus;
import org.patchreview.diag.Diagnostic;

/**
 * {@code review equiv --tree PATH [--rev REV]}: each function a user's tree defines under the model's name, run in
 * place of the model's over the whole matrix: the same, or the first run that differs with what differs.
 */
final class EquivCommand extends Main.Runner {
  Path tree;
  String rev;
  Path corpusDir;
  boolean timings;
  final List<String> only = new java.util.ArrayList<>();

  EquivCommand(PrintWriter out, PrintWriter err) {
    super(out, err);
  }

  @Override
  Cli.Command command() {
    return new Cli.Command("equiv", "Run each function of a kernel tree that the model defines too (same path, same "
        + "name) in place of the model's, in the modelled state closest to the tree, over every board, config and "
        + "scenario, and say whether it behaves as the model's or where it first differs. Exit 3 when no function "
        + "could run.", List.of(
        Cli.value("--tree", "PATH", "the kernel tree: a directory, or a git repository (its work tree, or --rev)",
            v -> tree = Cli.path("--tree", v)),
        Cli.value("--rev", "REV", "the revision of the --tree repository to read (a commit, tag or branch)",
            v -> rev = v),
        Cli.value("--corpus", "DIR", "the corpus whose model is compared (default: the bundled one)",
            v -> corpusDir = Cli.path("--corpus", v)),
        Cli.flag("--timings", "print how long each phase took, on standard error", () -> timings = true)),
        new Cli.Positional("FILE", 0, true, "compare only these files of the model (paths in the tree, such as "
            + "arch/arm/mm/dma-mapping.c); default: every file both have", only::add));
  }

  @Override
  int run() {
    if (tree == null) {
      throw new Cli.UsageError("equiv needs --tree PATH");
    }
    if (corpusDir != null && !java.nio.file.Files.isDirectory(corpusDir)) {
      throw new Cli.UsageError("--corpus " + corpusDir + ": no such folder");
    }
    Timings clock = new Timings();
    Corpus corpus = corpusDir == null ? Corpus.bundled() : Corpus.at(corpusDir);
    if (corpus.hasErrors()) {
      corpus.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> err.println("review: " + d.oneLine()));
      return org.patchreview.ExitCode.BAD_INPUT;
    }
    Equivalence.Result r = Equivalence.check(tree, rev, only, ReviewOptions.on(corpus, clock));
    r.errors().forEach(d -> err.println("review: " + d.oneLine()));
    r.notes().forEach(d -> err.println("review: " + d.oneLine()));
    if (r.errors().isEmpty()) {
      long same = r.functions().stream().filter(Equivalence.Verdict::same).count();
      out.println("review: " + r.tree() + " against the modelled kernel" + (r.state().startsWith("after ") ? " " : " at ") + r.state());
      out.println(r.functions().size() + " functions run from the tree over " + r.runs() + " runs each: " + same
          + " same, " + (r.functions().size() - same) + " differ; " + r.notes().stream()
          .filter(n -> n.message().startsWith("outside the model")).count() + " left to the model");
      String file = "";
      for (Equivalence.Verdict v : r.functions()) {
        if (!v.path().equals(file)) {
          file = v.path();
          out.println(file);
        }
        out.println("  " + (v.same() ? "same    " : "differs ") + v.name() + "() (line " + v.line() + ")"
            + (v.same() ? "" : ": " + v.witness()));
      }
    }
    if (timings) {
      clock.lines().forEach(l -> err.println("review: " + l));
    }
    out.flush();
    return r.exitCode();
  }
}
