package org.patchreview;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.patchreview.corpus.History;
import org.patchreview.c.Decl;
import org.patchreview.c.TranslationUnit;
import org.patchreview.diag.Diagnostic;
import org.patchreview.diff.LayoutDiff;
import org.patchreview.diff.LayoutDiffer;
import org.patchreview.diff.PatchContext;
import org.patchreview.diff.PatchLines;
import org.patchreview.diff.RunDiff;
import org.patchreview.diff.SourceText;
import org.patchreview.interp.BuiltKernel;
import org.patchreview.interp.Machine;
import org.patchreview.mail.MailReadResult;
import org.patchreview.mail.PatchMail;
import org.patchreview.patch.ApplyResult;
import org.patchreview.patch.FileOutcome;
import org.patchreview.patch.FileResult;
import org.patchreview.patch.HunkResult;
import org.patchreview.patch.ApplyOptions;
import org.patchreview.patch.ParsedC;
import org.patchreview.patch.Patcher;
import org.patchreview.report.Report;
import org.patchreview.scenario.Matrix;
import org.patchreview.tree.BundledCorpus;
import org.patchreview.tree.SourceTree;

/**
 * The facade: a patch mail in, a report out. Applies the patches to the base tree, builds the kernel before and after
 * for every config, runs every (board, config, scenario) on both, and compares them.
 */
public final class Review {
  /**
   * Builds and runs by tree content, kept for the life of the JVM: the corpus replays a chain where each patch's
   * tree after is the next one's tree before, so each state is built and run once (the runs are kept by
   * {@link MatrixRun}). Least recently used go first.
   */
  private static final Map<String, CompletableFuture<BuiltKernel>> BUILDS = lru(48);

  /**
   * Builds run on their own daemon threads: a review waits for them, and waiting inside the common fork-join pool
   * (where the parallel parsing and runs go) would starve it on a two-core machine.
   */
  private static final java.util.concurrent.ExecutorService BUILDERS = java.util.concurrent.Executors
      .newCachedThreadPool(r -> {
        Thread t = new Thread(r, "review-build");
        t.setDaemon(true);
        return t;
      });

  /**
   * Forgets every build, run and preprocessed unit kept for the JVM's life: a benchmark that replays the same
   * patches again measures the work, not the caches.
   */
  public static void forgetCaches() {
    synchronized (BUILDS) {
      BUILDS.clear();
    }
    MatrixRun.forgetRuns();
    org.patchreview.c.KernelBuild.forgetCache();
  }

  static <V> Map<String, V> lru(int size) {
    return java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > size;
      }
    });
  }

  /**
   * How to review: the tree to apply to and its name, the matrix to run, the interpreter's budgets, where phases are
   * timed, and the modelled history (null for none) used to choose a base and to check Fixes: tags. {@code chooseBase}
   * lets the review pick the newest state of the history the patch applies to cleanly; otherwise {@code base} is used
   * as given. How to apply ({@code apply}: fuzz, whitespace, reverse); the user's tree to apply to before the model
   * ({@code tree}, or null); {@code check}, which applies and reports without replaying anything; where progress
   * is told; and {@code explain}, whether differences say why the runs part (statements are then recorded).
   */
  public record Options(SourceTree base, String baseName, Matrix matrix, Machine.Budget budget, Timings timings,
      History history, boolean chooseBase, boolean checkFixes, ApplyOptions apply, TreeRequest tree, boolean check,
      Progress progress, boolean explain) {

    /** Options that apply to the model as given, replay, and tell no progress. */
    public Options(SourceTree base, String baseName, Matrix matrix, Machine.Budget budget, Timings timings,
        History history, boolean chooseBase, boolean checkFixes) {
      this(base, baseName, matrix, budget, timings, history, chooseBase, checkFixes, ApplyOptions.model(), null,
          false, Progress.NONE, true);
    }

    public static Options bundled() {
      return bundled(new Timings());
    }

    public static Options bundled(Timings timings) {
      // The history (14 mails read and applied) and the boards (Device Tree parses) are independent: on two cores
      // reading them side by side takes the longer of the two, not their sum.
      CompletableFuture<History> history = CompletableFuture.supplyAsync(Histories::bundled, BUILDERS);
      Matrix matrix = Matrix.bundled();
      Options o = new Options(BundledCorpus.kernel(), BASE_NAME, matrix, Machine.Budget.DEFAULT, timings,
          history.join(), true, true);
      timings.mark("corpus and matrix loaded");
      return o;
    }

    /** The same review against a given base. */
    public Options withBase(SourceTree tree, String name) {
      return new Options(tree, name, matrix, budget, timings, history, false, checkFixes, apply, this.tree, check,
          progress, explain);
    }

    /** The same review over another matrix. */
    public Options withMatrix(Matrix other) {
      return new Options(base, baseName, other, budget, timings, history, chooseBase, checkFixes, apply, tree, check,
          progress, explain);
    }

    /** The same review without checking Fixes: tags (used when replaying the commit a tag names). */
    public Options withoutFixesCheck() {
      return new Options(base, baseName, matrix, budget, timings, history, chooseBase, false, apply, tree, check,
          progress, explain);
    }

    /** These options applying as {@code apply} says, to {@code tree} when not null, replaying unless {@code check}. */
    public Options applying(ApplyOptions how, TreeRequest userTree, boolean checkOnly) {
      return new Options(base, baseName, matrix, budget, timings, history, chooseBase, checkFixes, how, userTree,
          checkOnly, progress, explain);
    }

    /**
     * The same review without saying why runs differ (no statements recorded): for replays whose verdicts are all
     * that is used, such as those that check a Fixes: tag.
     */
    public Options withoutExplaining() {
      return new Options(base, baseName, matrix, budget, timings, history, chooseBase, checkFixes, apply, tree, check,
          progress, false);
    }

    /** The same review, telling its progress to {@code p}. */
    public Options withProgress(Progress p) {
      return new Options(base, baseName, matrix, budget, timings, history, chooseBase, checkFixes, apply, tree, check,
          p, explain);
    }
  }

  /** A user's kernel tree to apply to: a directory or a git repository, at {@code rev} when not null. */
  public record TreeRequest(Path path, String rev) {}

  static final String BASE_NAME = "the modelled kernel";

  private Review() {}

  /**
   * Starts building the base tree for every config in the background. The command line calls this before it reads
   * the mail: the builds do not depend on the patch, so they overlap with reading and applying it.
   */
  public static void prepare(Options options) {
    for (Matrix.ConfigEntry c : options.matrix().configs()) {
      build(options.base(), c, options.timings(), "unpatched");
    }
  }

  /** The tree built for a config, built once per JVM in the background. */
  static CompletableFuture<BuiltKernel> build(SourceTree tree, Matrix.ConfigEntry c, Timings timings,
      String what) {
    String key = tree.digest() + "/" + c.config().name() + "/" + c.config().symbols().hashCode();
    synchronized (BUILDS) {
      return BUILDS.computeIfAbsent(key, k -> CompletableFuture.supplyAsync(() -> {
        BuiltKernel b = BuiltKernel.build(tree, c.config());
        timings.mark(what + " kernel built (" + c.config().name() + ")");
        return b;
      }, BUILDERS));
    }
  }

  public static ReviewResult review(MailReadResult mails, Options options) {
    List<Diagnostic> errors = mails.diagnostics().stream().filter(Diagnostic::isError).toList();
    // Warnings and notes of the mail stage (missing series members, quoting repairs) explain errors found later.
    List<Diagnostic> mailNotes = mails.diagnostics().stream().filter(d -> !d.isError()).toList();
    if (mails.patches().isEmpty() || !errors.isEmpty()) {
      return ReviewResult.failed(ExitCode.BAD_INPUT, concat(errors.isEmpty()
          ? List.of(Diagnostic.error("", 0, "no patch found in the input")) : errors, mailNotes));
    }
    if (options.matrix().hasErrors()) {
      return ReviewResult.failed(ExitCode.INTERNAL, options.matrix().diagnostics());
    }
    List<PatchMail> patches = mails.patches();
    options = chooseBase(options, patches, mails.baseCommit());
    options.progress().update("applying " + (patches.size() == 1 ? "the patch" : patches.size() + " patches"), 0, 0);
    ApplyStage.Outcome applied = ApplyStage.run(mails, options);
    options.timings().mark("patch applied");
    if (applied.entries().isEmpty()) {
      return ReviewResult.failed(ExitCode.BAD_INPUT, concat(applied.errors(), mailNotes));
    }
    List<Diagnostic> notes = concat(mailNotes, applied.notes());
    if (applied.onModel() == null) {
      // Nothing to replay: the patch does not apply, --check was given, or it applies to the user's tree only.
      Report report = new Report(applied.base(), applied.entries(), List.of(), List.of(), List.of(), notes,
          applied.replay(), mails.series());
      return new ReviewResult(report, applied.errors(), applied.errors().isEmpty() ? ExitCode.OK : ExitCode.BAD_INPUT);
    }
    List<ApplyResult> model = applied.onModel();
    // In reverse the last mail is undone first, so the first mail's result is the tree at the end.
    SourceTree after = model.get(options.apply().reverse() ? 0 : model.size() - 1).after();
    return replay(options, mails, applied, after, notes);
  }

  /**
   * The parses of the unpatched model's builds (every config), so that applying to the model finds functions without
   * parsing a file again; null for a file that is not as the model has it or that no built unit reads.
   */
  static ParsedC baseParses(Options options) {
    return (path, content) -> {
      if (!options.base().holds(path, content)) {
        return null;
      }
      List<Decl> out = new ArrayList<>();
      for (Matrix.ConfigEntry c : options.matrix().configs()) {
        for (TranslationUnit u : build(options.base(), c, options.timings(), "unpatched").join().units()) {
          out.addAll(u.decls());
        }
      }
      return out.stream().anyMatch(d -> d.span().file().equals(path)) ? out : null;
    };
  }

  /**
   * Without an explicit base, the state after the history entry that models the mail's {@code base-commit:}, else
   * the newest state of the modelled history that the patch applies to with every hunk in place, else the newest it
   * applies to at all, else the bundled kernel (whose failure the review then reports).
   */
  private static Options chooseBase(Options options, List<PatchMail> patches, String baseCommit) {
    if (!options.chooseBase() || options.history() == null) {
      return options;
    }
    // As the review will apply, but without looking for functions or explaining failures: a state is chosen by how
    // its text matches, and the failures on newer states are not shown.
    ApplyOptions choosing = options.apply().withParsed((path, content) -> List.of()).withoutDiagnosis();
    BaseCommit named = BaseCommit.of(baseCommit, options.history(), tree -> Patcher.applySeries(tree, patches,
        choosing).stream().allMatch(a -> a.diagnostics().stream().noneMatch(Diagnostic::isError)));
    if (named.state() != null) {
      return options.withBase(named.state().getValue(), BASE_NAME + " at " + named.state().getKey() + named.why());
    }
    Map.Entry<String, SourceTree> fallback = null;
    for (Map.Entry<String, SourceTree> state : options.history().statesNewestFirst()) {
      List<ApplyResult> r = Patcher.applySeries(state.getValue(), patches, choosing);
      boolean applies = r.stream().allMatch(a -> a.diagnostics().stream().noneMatch(Diagnostic::isError));
      boolean clean = applies && r.stream().flatMap(a -> a.files().stream()).flatMap(f -> f.hunks().stream())
          .allMatch(h -> h.outcome() == org.patchreview.patch.HunkOutcome.CLEAN);
      if (clean) {
        return options.withBase(state.getValue(), BASE_NAME + " at " + state.getKey()
            + " (the newest modelled state the patch applies to cleanly" + named.why() + ")");
      }
      if (applies && fallback == null) {
        fallback = state;
      }
    }
    if (fallback != null) {
      return options.withBase(fallback.getValue(), BASE_NAME + " at " + fallback.getKey()
          + " (the newest modelled state the patch applies to" + named.why() + ")");
    }
    return options.withBase(options.base(), BASE_NAME + (named.why().isEmpty() ? "" : " (" + named.why().substring(2)
        + ")"));
  }

  private static List<Diagnostic> concat(List<Diagnostic> first, List<Diagnostic> then) {
    List<Diagnostic> out = new ArrayList<>(first);
    out.addAll(then);
    return out;
  }

  private static ReviewResult replay(Options options, MailReadResult mails, ApplyStage.Outcome applied,
      SourceTree after, List<Diagnostic> notes) {
    List<PatchMail> patches = mails.patches();
    Matrix matrix = options.matrix();
    java.util.Set<String> changed = options.base().changedPaths(after);
    List<BuiltKernel[]> builds = new ArrayList<>();
    options.progress().update("building the kernel before and after", 0, 0);
    for (Matrix.ConfigEntry c : matrix.configs()) {
      build(after, c, options.timings(), "patched");
    }
    for (Matrix.ConfigEntry c : matrix.configs()) {
      BuiltKernel before = build(options.base(), c, options.timings(), "unpatched").join();
      if (before.hasErrors()) {
        return ReviewResult.failed(ExitCode.INTERNAL, errorsOf(before.diagnostics()));
      }
      BuiltKernel built = build(after, c, options.timings(), "patched").join();
      List<Diagnostic> problems = problems(built, changed);
      if (problems.stream().anyMatch(Diagnostic::isError)) {
        return ReviewResult.failed(ExitCode.BAD_INPUT, concat(errorsOf(problems), notes));
      }
      builds.add(new BuiltKernel[] {before, built});
    }
    // Undone with -R, the runs executed the trees the reversed diffs made: cite those, numbered as the mails come.
    PatchLines lines = options.apply().reverse() ? PatchLines.undoing(patches, applied.onModel())
        : PatchLines.of(patches, applied.onModel());
    PatchContext context = options.explain() ? new PatchContext(lines, sourceText(options.base(), after))
        : PatchContext.NONE;
    List<RunDiff> runs = MatrixRun.runAll(options, matrix, builds, context);
    options.timings().mark("runs done and compared");
    List<LayoutDiff> layout = new ArrayList<>();
    List<LayoutDiffer.Touched> touched = touched(applied.onModel());
    for (int i = 0; i < builds.size(); i++) {
      layout.addAll(LayoutDiffer.diff(matrix.configs().get(i).config().name(), builds.get(i)[0].units(),
          builds.get(i)[1].units(), touched));
    }
    List<List<RunDiff>> each = SeriesReplay.inMailOrder(options, patches, applied.onModel(), builds, notes);
    List<Report.PatchEntry> entries = new ArrayList<>();
    for (int i = 0; i < patches.size(); i++) {
      entries.add(applied.entries().get(i).withReplay(each.isEmpty() ? List.of() : each.get(i)));
    }
    List<Report.FixesClaim> fixes = FixesCheck.check(options, patches, runs);
    Report report = new Report(applied.base(), entries, layout, runs, fixes, List.copyOf(notes), applied.replay(),
        mails.series(), lines);
    return new ReviewResult(report, List.of(), report.regressed() ? ExitCode.REGRESSION : ExitCode.OK);
  }

  static List<Diagnostic> errorsOf(List<Diagnostic> diagnostics) {
    return diagnostics.stream().filter(Diagnostic::isError).limit(10).toList();
  }

  /** What building a tree reported, and the errors of the files the patch changed, compiled even where no run goes. */
  static List<Diagnostic> problems(BuiltKernel built, java.util.Set<String> changed) {
    List<Diagnostic> problems = new ArrayList<>(built.diagnostics());
    if (!built.hasErrors()) {
      problems.addAll(built.program().compileNow(changed::contains));
    }
    return problems;
  }

  /** Source lines of the trees before and after, split once per file on first use. */
  private static SourceText sourceText(SourceTree before, SourceTree after) {
    Map<String, String[]> cache = new ConcurrentHashMap<>();
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
