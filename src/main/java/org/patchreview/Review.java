package org.patchreview;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.patchreview.c.Decl;
import org.patchreview.c.TranslationUnit;
import org.patchreview.diag.Diagnostic;
import org.patchreview.diff.LayoutDiff;
import org.patchreview.diff.LayoutDiffer;
import org.patchreview.diff.RunDiff;
import org.patchreview.diff.TraceDiffer;
import org.patchreview.interp.BuiltKernel;
import org.patchreview.interp.Machine;
import org.patchreview.mail.MailReadResult;
import org.patchreview.mail.PatchMail;
import org.patchreview.observe.Trace;
import org.patchreview.patch.ApplyResult;
import org.patchreview.patch.FileOutcome;
import org.patchreview.patch.FileResult;
import org.patchreview.patch.HunkResult;
import org.patchreview.patch.ApplyOptions;
import org.patchreview.patch.ParsedC;
import org.patchreview.report.Report;
import org.patchreview.scenario.Matrix;
import org.patchreview.scenario.Scenario;
import org.patchreview.scenario.ScenarioRunner;
import org.patchreview.tree.BundledCorpus;
import org.patchreview.tree.SourceTree;

/**
 * The facade: a patch mail in, a report out. Applies the patches to the base tree, builds the kernel before and after
 * for every config, runs every (board, config, scenario) on both, and compares them.
 */
public final class Review {
  /** The base tree built for each config, kept for the life of the JVM (the corpus replays many patches). */
  private static final ConcurrentHashMap<String, CompletableFuture<BuiltKernel>> BASE_BUILDS =
      new ConcurrentHashMap<>();

  /**
   * How to review: the modelled tree to replay on, the matrix to run, the interpreter's budgets; how to apply
   * ({@code apply}: fuzz, whitespace, reverse); the user's tree to apply to instead of the model ({@code tree}, or
   * null); and {@code check}, which applies and reports without replaying anything.
   */
  public record Options(SourceTree base, String baseName, Matrix matrix, Machine.Budget budget, Timings timings,
      ApplyOptions apply, TreeRequest tree, boolean check) {
    public Options(SourceTree base, String baseName, Matrix matrix, Machine.Budget budget, Timings timings) {
      this(base, baseName, matrix, budget, timings, ApplyOptions.model(), null, false);
    }

    public static Options bundled() {
      return bundled(new Timings());
    }

    public static Options bundled(Timings timings) {
      Options o = new Options(BundledCorpus.kernel(), "the modelled kernel (v4.12-rc1)", Matrix.bundled(),
          Machine.Budget.DEFAULT, timings);
      timings.mark("corpus and matrix loaded");
      return o;
    }

    /** These options applying as {@code apply} says, to {@code tree} when not null, replaying unless {@code check}. */
    public Options applying(ApplyOptions apply, TreeRequest tree, boolean check) {
      return new Options(base, baseName, matrix, budget, timings, apply, tree, check);
    }
  }

  /** A user's kernel tree to apply to: a directory or a git repository, at {@code rev} when not null. */
  public record TreeRequest(Path path, String rev) {}

  private Review() {}

  /**
   * Starts building the base tree for every config in the background. The command line calls this before it reads
   * the mail: the builds do not depend on the patch, so they overlap with reading and applying it.
   */
  public static void prepare(Options options) {
    for (Matrix.ConfigEntry c : options.matrix().configs()) {
      baseBuild(options, c);
    }
  }

  private static CompletableFuture<BuiltKernel> baseBuild(Options options, Matrix.ConfigEntry c) {
    return BASE_BUILDS.computeIfAbsent(key(options, c),
        k -> CompletableFuture.supplyAsync(() -> {
          BuiltKernel b = BuiltKernel.build(options.base(), c.config());
          options.timings().mark("unpatched kernel built (" + c.config().name() + ")");
          return b;
        }));
  }

  /**
   * The parses of the unpatched model's builds (every config), so that applying to the model finds functions without
   * parsing a file again; null for a file that is not as the model has it.
   */
  static ParsedC baseParses(Options options) {
    return (path, content) -> {
      if (!Arrays.equals(options.base().read(path).orElse(null), content)) {
        return null;
      }
      List<Decl> out = new ArrayList<>();
      for (Matrix.ConfigEntry c : options.matrix().configs()) {
        for (TranslationUnit u : baseBuild(options, c).join().units()) {
          out.addAll(u.decls());
        }
      }
      return out;
    };
  }

  public static ReviewResult review(MailReadResult mails, Options options) {
    List<Diagnostic> errors = mails.diagnostics().stream().filter(Diagnostic::isError).toList();
    if (mails.patches().isEmpty() || !errors.isEmpty()) {
      return ReviewResult.failed(ExitCode.BAD_INPUT, errors.isEmpty()
          ? List.of(Diagnostic.error("", 0, "no patch found in the input")) : errors);
    }
    if (options.matrix().hasErrors()) {
      return ReviewResult.failed(ExitCode.INTERNAL, options.matrix().diagnostics());
    }
    ApplyStage.Outcome applied = ApplyStage.run(mails, options);
    options.timings().mark("patch applied");
    if (applied.entries().isEmpty()) {
      return ReviewResult.failed(ExitCode.BAD_INPUT, applied.errors());
    }
    if (applied.onModel() == null) {
      // Nothing to replay: the patch does not apply, --check was given, or it applies to the user's tree only.
      Report report = new Report(applied.base(), applied.entries(), List.of(), List.of(), applied.notes(),
          applied.replay());
      return new ReviewResult(report, applied.errors(), applied.errors().isEmpty() ? ExitCode.OK : ExitCode.BAD_INPUT);
    }
    List<ApplyResult> model = applied.onModel();
    // In reverse the last mail is undone first, so the first mail's result is the tree at the end.
    SourceTree after = model.get(options.apply().reverse() ? 0 : model.size() - 1).after();
    return replay(options, applied, after);
  }

  private static ReviewResult replay(Options options, ApplyStage.Outcome applied, SourceTree after) {
    Matrix matrix = options.matrix();
    java.util.Set<String> changed = options.base().changedPaths(after);
    List<BuiltKernel[]> builds = new ArrayList<>();
    for (Matrix.ConfigEntry c : matrix.configs()) {
      BuiltKernel before = baseBuild(options, c).join();
      if (before.hasErrors()) {
        return ReviewResult.failed(ExitCode.INTERNAL, errorsOf(before));
      }
      BuiltKernel built = BuiltKernel.build(after, c.config(), changed::contains);
      options.timings().mark("patched kernel built (" + c.config().name() + ")");
      if (built.hasErrors()) {
        return ReviewResult.failed(ExitCode.BAD_INPUT, errorsOf(built));
      }
      builds.add(new BuiltKernel[] {before, built});
    }
    List<RunDiff> runs = runAll(options, matrix, builds);
    options.timings().mark("runs done and compared");
    List<LayoutDiff> layout = new ArrayList<>();
    List<LayoutDiffer.Touched> touched = touched(applied.onModel());
    for (int i = 0; i < builds.size(); i++) {
      layout.addAll(LayoutDiffer.diff(matrix.configs().get(i).config().name(), builds.get(i)[0].units(),
          builds.get(i)[1].units(), touched));
    }
    Report report = new Report(applied.base(), applied.entries(), layout, runs, applied.notes(), applied.replay());
    return new ReviewResult(report, List.of(), report.regressed() ? ExitCode.REGRESSION : ExitCode.OK);
  }

  private static String key(Options options, Matrix.ConfigEntry c) {
    return System.identityHashCode(options.base()) + "/" + c.config().name() + "/" + c.config().symbols().hashCode();
  }

  private static List<Diagnostic> errorsOf(BuiltKernel k) {
    return k.diagnostics().stream().filter(Diagnostic::isError).limit(10).toList();
  }

  /**
   * Runs every cell of the matrix before and after, in parallel. Scenarios that extend one another run as one chain;
   * results keep matrix order (config, board, scenario).
   */
  private static List<RunDiff> runAll(Options options, Matrix matrix, List<BuiltKernel[]> builds) {
    List<List<Scenario>> chains = matrix.chains();
    int boards = matrix.boards().size();
    int tasks = matrix.configs().size() * boards * chains.size();
    java.util.Map<String, RunDiff> byCell = new ConcurrentHashMap<>();
    IntStream.range(0, tasks).parallel().forEach(i -> {
      int c = i / (boards * chains.size());
      int b = (i / chains.size()) % boards;
      List<Scenario> chain = chains.get(i % chains.size());
      Matrix.ConfigEntry config = matrix.configs().get(c);
      var board = config.apply(matrix.boards().get(b));
      BuiltKernel[] k = builds.get(c);
      List<Trace> before = ScenarioRunner.runChain(k[0].program(), board, config.config(), chain, options.budget());
      List<Trace> after = k[0].units().equals(k[1].units()) ? before
          : ScenarioRunner.runChain(k[1].program(), board, config.config(), chain, options.budget());
      for (int j = 0; j < chain.size(); j++) {
        byCell.put(c + "/" + b + "/" + chain.get(j).name(), TraceDiffer.diff(before.get(j), after.get(j)));
      }
    });
    List<RunDiff> out = new ArrayList<>();
    for (int c = 0; c < matrix.configs().size(); c++) {
      for (int b = 0; b < boards; b++) {
        for (Scenario s : matrix.scenarios()) {
          out.add(byCell.get(c + "/" + b + "/" + s.name()));
        }
      }
    }
    return out;
  }

  /** The line ranges each file's hunks touched, old side and new side, for the layout diff. */
  private static List<LayoutDiffer.Touched> touched(List<ApplyResult> applied) {
    List<LayoutDiffer.Touched> out = new ArrayList<>();
    for (ApplyResult a : applied) {
      for (FileResult f : a.files()) {
        if (f.outcome() != FileOutcome.APPLIED) {
          continue;
        }
        List<int[]> before = new ArrayList<>();
        List<int[]> afterRanges = new ArrayList<>();
        for (HunkResult h : f.hunks()) {
          int oldStart = h.oldStart() + h.offset();
          int newStart = h.newStart() + h.offset();
          before.add(new int[] {oldStart, oldStart + Math.max(h.oldLines(), 1) - 1});
          afterRanges.add(new int[] {newStart, newStart + Math.max(h.newLines(), 1) - 1});
        }
        out.add(new LayoutDiffer.Touched(f.path(), before, afterRanges));
      }
    }
    return out;
  }
}
