package org.patchreview;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.patchreview.diag.Diagnostic;
import org.patchreview.diff.PatchContext;
import org.patchreview.diff.RunDiff;
import org.patchreview.interp.BuiltKernel;
import org.patchreview.mail.PatchMail;
import org.patchreview.patch.ApplyResult;
import org.patchreview.tree.SourceTree;

/** A series of two or more patches replayed patch by patch, each on the kernel the one before left. */
final class SeriesReplay {
  private SeriesReplay() {}

  /**
   * {@link #each} in the order the patches were applied (with {@code -R}, the last mail first), its replays
   * listed in the order of the mails.
   */
  static List<List<RunDiff>> inMailOrder(ReviewOptions options, List<PatchMail> patches,
      List<ApplyResult> applied, List<BuiltKernel[]> whole, List<Diagnostic> notes) {
    if (!options.apply().reverse()) {
      return each(options, patches, applied, whole, notes);
    }
    List<List<RunDiff>> out = new ArrayList<>(each(options, reversed(patches), reversed(applied), whole, notes));
    java.util.Collections.reverse(out);
    return out;
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> out = new ArrayList<>(list);
    java.util.Collections.reverse(out);
    return out;
  }

  /**
   * In a series of two or more patches, each patch replayed on its own: the kernel the patch before left against
   * the kernel with this patch. A point of the series where the kernel does not build is noted (the series cannot be
   * bisected there) and the patches on either side of it are not replayed on their own.
   */
  private static List<List<RunDiff>> each(ReviewOptions options, List<PatchMail> patches, List<ApplyResult> applied,
      List<BuiltKernel[]> whole, List<Diagnostic> notes) {
    int n = applied.size();
    if (n < 2) {
      return List.of();
    }
    List<List<BuiltKernel>> kernels = new ArrayList<>();
    List<List<Diagnostic>> errors = new ArrayList<>();
    kernels.add(whole.stream().map(k -> k[0]).toList());
    errors.add(List.of());
    for (int i = 0; i < n - 1; i++) {
      SourceTree tree = applied.get(i).after();
      java.util.Set<String> changed = options.base().changedPaths(tree);
      List<CompletableFuture<BuiltKernel>> pending = options.matrix().configs().stream()
          .map(c -> Builds.of(tree, c, options.timings(), "intermediate")).toList();
      List<BuiltKernel> built = pending.stream().map(CompletableFuture::join).toList();
      kernels.add(built);
      errors.add(built.stream().flatMap(k -> Builds.errorsOf(Builds.problems(k, changed)).stream()).toList());
    }
    kernels.add(whole.stream().map(k -> k[1]).toList());
    errors.add(List.of());
    List<List<RunDiff>> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      if (!errors.get(i).isEmpty()) {
        PatchMail p = patches.get(i - 1);
        notes.add(Diagnostic.warning(p.source(), p.sourceLine(), "the kernel does not build after "
            + (options.apply().reverse() ? "undoing " : "") + "this patch (" + errors.get(i).get(0).oneLine()
            + "), so the series cannot be bisected here"));
      }
      boolean builds = errors.get(i).isEmpty() && errors.get(i - 1).isEmpty();
      List<BuiltKernel[]> pairs = new ArrayList<>();
      for (int c = 0; c < whole.size(); c++) {
        pairs.add(new BuiltKernel[] {kernels.get(i - 1).get(c), kernels.get(i).get(c)});
      }
      // Only the verdicts of a patch's own replay are reported, not where its runs part: no recording needed.
      out.add(builds ? MatrixRun.runAll(options, options.matrix(), pairs, PatchContext.NONE).runs() : List.of());
    }
    options.timings().mark("each patch of the series replayed");
    return out;
  }
}
