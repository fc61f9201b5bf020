package org.patchreview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.patchreview.diag.Diagnostic;
import org.patchreview.diff.LayoutDiff;
import org.patchreview.diff.LayoutDiffer;
import org.patchreview.diff.PatchContext;
import org.patchreview.diff.PatchLines;
import org.patchreview.diff.RunDiff;
import org.patchreview.diff.SourceText;
import org.patchreview.interp.BuiltKernel;
import org.patchreview.mail.PatchMail;
import org.patchreview.patch.ApplyResult;
import org.patchreview.patch.FileOutcome;
import org.patchreview.patch.FileResult;
import org.patchreview.patch.HunkResult;
import org.patchreview.scenario.Matrix;
import org.patchreview.tree.SourceTree;

/**
 * The replay stage: the model built before and after the patches for every config, every cell of the matrix run on
 * both and compared, struct layouts compared, and each patch of a series replayed on its own. It knows nothing of
 * Fixes: tags or reports, so that checking a tag can replay the commit it names through here.
 */
final class Replay {
  /**
   * What replaying gave: the runs in matrix order, the layout differences, each patch's own runs (a series), the
   * patch lines the runs cite; or, when the kernel after does not build, {@code failure} with its exit code.
   */
  record Result(List<RunDiff> runs, List<LayoutDiff> layout, List<List<RunDiff>> each, PatchLines lines,
      ReviewResult failure, int proven) {}

  private Replay() {}

  /**
   * Replays {@code applied} (the patches' results on the model, in the order they were applied) against
   * {@code options}' base; warnings about a series that cannot be bisected are added to {@code notes}.
   */
  static Result run(ReviewOptions options, List<PatchMail> patches, List<ApplyResult> applied,
      List<Diagnostic> notes, ApplyStage.Spliced spliced) {
    // In reverse the last mail is undone first, so the first mail's result is the tree at the end.
    SourceTree after = spliced != null ? spliced.splice().after()
        : applied.get(options.apply().reverse() ? 0 : applied.size() - 1).after();
    Matrix matrix = options.matrix();
    Set<String> changed = options.base().changedPaths(after);
    List<BuiltKernel[]> builds = new ArrayList<>();
    options.progress().update("building the kernel before and after", 0, 0);
    for (Matrix.ConfigEntry c : matrix.configs()) {
      Builds.of(after, c, options.timings(), "patched", options.base());
    }
    for (Matrix.ConfigEntry c : matrix.configs()) {
      BuiltKernel before = Builds.of(options.base(), c, options.timings(), "unpatched").join();
      if (before.hasErrors()) {
        return failed(ReviewResult.failed(ExitCode.INTERNAL, Builds.errorsOf(before.diagnostics())));
      }
      BuiltKernel built = Builds.of(after, c, options.timings(), "patched", options.base()).join();
      List<Diagnostic> problems = new ArrayList<>(Builds.problems(built, changed));
      problems.addAll(LayoutDiffer.errors(built.units(), touched(applied)));
      if (problems.stream().anyMatch(Diagnostic::isError)) {
        List<Diagnostic> errors = new ArrayList<>(Builds.errorsOf(problems));
        errors.addAll(notes);
        return failed(ReviewResult.failed(ExitCode.BAD_INPUT, errors));
      }
      builds.add(new BuiltKernel[] {before, built});
    }
    // Undone with -R, the runs executed the trees the reversed diffs made: cite those, numbered as the mails come.
    // With the tree's functions, the runs cite the tree's lines there: the hunks are placed as they applied to it.
    List<ApplyResult> cited = spliced != null ? spliced.onTree() : applied;
    PatchLines lines = options.apply().reverse() ? PatchLines.undoing(patches, cited)
        : PatchLines.of(patches, cited);
    SourceText text = spliced != null ? spliced.splice().text() : sourceText(options.base(), after);
    PatchContext context = options.explain() ? new PatchContext(lines, text) : PatchContext.NONE;
    // Code the patch only moved is the same code when the runs' places can be moved with it: not with the tree's
    // functions spliced in, whose places are the tree's, nor when undoing (-R).
    MatrixRun.Result ran = MatrixRun.runAll(options, matrix, builds, context,
        spliced == null && !options.apply().reverse() ? lines : PatchLines.NONE);
    List<RunDiff> runs = ran.runs();
    options.timings().mark("runs done and compared");
    List<LayoutDiff> layout = new ArrayList<>();
    List<LayoutDiffer.Touched> touched = touched(applied);
    for (int i = 0; i < builds.size(); i++) {
      layout.addAll(LayoutDiffer.diff(matrix.configs().get(i).config().name(), builds.get(i)[0].units(),
          builds.get(i)[1].units(), touched));
    }
    // Each patch of a series on its own needs the tree's functions after each patch: not replayed with them yet.
    List<List<RunDiff>> each = spliced != null ? List.of()
        : SeriesReplay.inMailOrder(options, patches, applied, builds, notes);
    return new Result(runs, layout, each, lines, null, ran.proven());
  }

  private static Result failed(ReviewResult failure) {
    return new Result(List.of(), List.of(), List.of(), null, failure, 0);
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
