package org.patchreview;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.patchreview.diag.Diagnostic;
import org.patchreview.diff.LayoutDiff;
import org.patchreview.diff.LayoutDiffer;
import org.patchreview.diff.PatchContext;
import org.patchreview.diff.PatchLines;
import org.patchreview.diff.SourceText;
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
import org.patchreview.patch.Patcher;
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
   * How to review: the tree to apply to, the matrix to run, the interpreter's budgets, where phases are timed and
   * progress is told.
   */
  public record Options(SourceTree base, String baseName, Matrix matrix, Machine.Budget budget, Timings timings,
      Progress progress) {
    public static Options bundled() {
      return bundled(new Timings());
    }

    public static Options bundled(Timings timings) {
      Options o = new Options(BundledCorpus.kernel(), "the modelled kernel (v4.12-rc1)", Matrix.bundled(),
          Machine.Budget.DEFAULT, timings, Progress.NONE);
      timings.mark("corpus and matrix loaded");
      return o;
    }

    public Options withProgress(Progress p) {
      return new Options(base, baseName, matrix, budget, timings, p);
    }
  }

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

  public static ReviewResult review(MailReadResult mails, Options options) {
    List<Diagnostic> errors = mails.diagnostics().stream().filter(Diagnostic::isError).toList();
    if (mails.patches().isEmpty() || !errors.isEmpty()) {
      return ReviewResult.failed(ExitCode.BAD_INPUT, errors.isEmpty()
          ? List.of(Diagnostic.error("", 0, "no patch found in the input")) : errors);
    }
    if (options.matrix().hasErrors()) {
      return ReviewResult.failed(ExitCode.INTERNAL, options.matrix().diagnostics());
    }
    List<PatchMail> patches = mails.patches();
    options.progress().update("applying " + (patches.size() == 1 ? "the patch" : patches.size() + " patches"), 0, 0);
    List<ApplyResult> applied = Patcher.applySeries(options.base(), patches);
    options.timings().mark("patch applied");
    List<Diagnostic> failures = new ArrayList<>();
    List<Diagnostic> notes = new ArrayList<>();
    boolean anyApplied = false;
    for (ApplyResult a : applied) {
      failures.addAll(a.diagnostics().stream().filter(Diagnostic::isError).toList());
      notes.addAll(a.diagnostics().stream().filter(d -> !d.isError()).toList());
      anyApplied |= a.files().stream().anyMatch(f -> f.outcome() == FileOutcome.APPLIED);
    }
    if (!failures.isEmpty()) {
      return ReviewResult.failed(ExitCode.BAD_INPUT, failures);
    }
    if (!anyApplied) {
      return ReviewResult.failed(ExitCode.BAD_INPUT, List.of(Diagnostic.error(patches.get(0).source(),
          patches.get(0).diffLine(), "no file the patch changes is in the modelled kernel, so nothing can be replayed")));
    }
    SourceTree after = applied.get(applied.size() - 1).after();
    return replay(options, patches, applied, after, notes);
  }

  private static ReviewResult replay(Options options, List<PatchMail> patches, List<ApplyResult> applied,
      SourceTree after, List<Diagnostic> notes) {
    Matrix matrix = options.matrix();
    java.util.Set<String> changed = options.base().changedPaths(after);
    List<BuiltKernel[]> builds = new ArrayList<>();
    for (Matrix.ConfigEntry c : matrix.configs()) {
      BuiltKernel before = baseBuild(options, c).join();
      if (before.hasErrors()) {
        return ReviewResult.failed(ExitCode.INTERNAL, errorsOf(before));
      }
      options.progress().update("building the patched kernel (" + c.config().name() + ")", 0, 0);
      BuiltKernel built = BuiltKernel.build(after, c.config(), changed::contains);
      options.timings().mark("patched kernel built (" + c.config().name() + ")");
      if (built.hasErrors()) {
        return ReviewResult.failed(ExitCode.BAD_INPUT, errorsOf(built));
      }
      builds.add(new BuiltKernel[] {before, built});
    }
    PatchContext context = new PatchContext(PatchLines.of(patches, applied), sourceText(options.base(), after));
    List<RunDiff> runs = runAll(options, matrix, builds, context);
    options.timings().mark("runs done and compared");
    List<LayoutDiff> layout = new ArrayList<>();
    List<LayoutDiffer.Touched> touched = touched(applied);
    for (int i = 0; i < builds.size(); i++) {
      layout.addAll(LayoutDiffer.diff(matrix.configs().get(i).config().name(), builds.get(i)[0].units(),
          builds.get(i)[1].units(), touched));
    }
    List<Report.PatchEntry> entries = new ArrayList<>();
    for (int i = 0; i < patches.size(); i++) {
      entries.add(new Report.PatchEntry(patches.get(i), applied.get(i)));
    }
    Report report = new Report(options.baseName(), entries, layout, runs, List.copyOf(notes), context.lines());
    return new ReviewResult(report, List.of(), report.regressed() ? ExitCode.REGRESSION : ExitCode.OK);
  }

  private static String key(Options options, Matrix.ConfigEntry c) {
    return System.identityHashCode(options.base()) + "/" + c.config().name() + "/" + c.config().symbols().hashCode();
  }

  private static List<Diagnostic> errorsOf(BuiltKernel k) {
    return k.diagnostics().stream().filter(Diagnostic::isError).limit(10).toList();
  }

  /**
   * Runs every cell of the matrix before and after, in parallel, recording the statements each run executes so that
   * each difference can name where the runs part (the alignment is only made for runs that differ). Scenarios that
   * extend one another run as one chain; results keep matrix order (config, board, scenario).
   */
  private static List<RunDiff> runAll(Options options, Matrix matrix, List<BuiltKernel[]> builds,
      PatchContext context) {
    List<List<Scenario>> chains = matrix.chains();
    int boards = matrix.boards().size();
    int tasks = matrix.configs().size() * boards * chains.size();
    java.util.Map<String, RunDiff> byCell = new ConcurrentHashMap<>();
    java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
    options.progress().update("running", 0, matrix.size());
    IntStream.range(0, tasks).parallel().forEach(i -> {
      int c = i / (boards * chains.size());
      int b = (i / chains.size()) % boards;
      List<Scenario> chain = chains.get(i % chains.size());
      Matrix.ConfigEntry config = matrix.configs().get(c);
      var board = config.apply(matrix.boards().get(b));
      BuiltKernel[] k = builds.get(c);
      List<RunDiff> diffs = runChain(options, k, board, config, chain, context);
      for (int j = 0; j < chain.size(); j++) {
        byCell.put(c + "/" + b + "/" + chain.get(j).name(), diffs.get(j));
      }
      options.progress().update("running", done.addAndGet(chain.size()), matrix.size());
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

  private static List<RunDiff> runChain(Options options, BuiltKernel[] k, org.patchreview.hw.Board board,
      Matrix.ConfigEntry config, List<Scenario> chain, PatchContext context) {
    List<Trace> before = ScenarioRunner.runChain(k[0].program(), board, config.config(), chain, options.budget(),
        true);
    List<Trace> after = k[0].units().equals(k[1].units()) ? before
        : ScenarioRunner.runChain(k[1].program(), board, config.config(), chain, options.budget(), true);
    return TraceDiffer.diffChain(before, after, context);
  }

  /** Source lines of the trees before and after, split once per file on first use. */
  private static SourceText sourceText(SourceTree before, SourceTree after) {
    java.util.Map<String, String[]> cache = new ConcurrentHashMap<>();
    return (isAfter, file, line) -> {
      String[] lines = cache.computeIfAbsent((isAfter ? "+" : "-") + file,
          k -> (isAfter ? after : before).readString(file).map(t -> t.split("\n", -1)).orElse(new String[0]));
      return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    };
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
