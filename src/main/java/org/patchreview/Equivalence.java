package org.patchreview;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.patchreview.diag.Diagnostic;
import org.patchreview.diff.Change;
import org.patchreview.diff.PatchContext;
import org.patchreview.diff.RunDiff;
import org.patchreview.interp.BuiltKernel;
import org.patchreview.scenario.Matrix;
import org.patchreview.tree.SourceTree;
import org.patchreview.tree.UserTree;

/**
 * {@code review equiv}: the model's functions against a user's tree's. Every function the tree defines under the
 * model's name (in a file of the same path) runs in place of the model's, over the whole matrix, and each is said to
 * behave the same or to part from the model's at a first run and observation, its witness. The tree's functions are
 * tried all together first: when nothing differs, each is the same; otherwise each is run alone.
 */
public final class Equivalence {
  /** One function of the tree: where it is, and either nothing ({@code same}) or the first run that differs. */
  public record Verdict(String path, int line, String name, boolean same, String witness) {}

  /**
   * What checking gave: the tree's name, the modelled state it was compared in and why, each function, the
   * functions left to the model (as notes), and the errors that stopped it (a tree that cannot be read, no function
   * in common); {@code runs} is the number of runs of the matrix.
   */
  public record Result(String tree, String state, List<Verdict> functions, List<Diagnostic> notes,
      List<Diagnostic> errors, int runs) {
    public int exitCode() {
      return !errors.isEmpty() ? ExitCode.BAD_INPUT : ExitCode.OK;
    }
  }

  private Equivalence() {}

  /**
   * The functions of the tree at {@code path} ({@code rev}: a git revision, or null) against the model's, in the
   * files {@code only} names (none: every file both have).
   */
  public static Result check(Path path, String rev, List<String> only, ReviewOptions options) {
    UserTree.Opened opened = UserTree.open(path, rev, null);
    if (!opened.ok()) {
      return new Result("", "", List.of(), List.of(), opened.diagnostics(), 0);
    }
    SourceTree real = opened.tree();
    RealFunctions.Closest state = options.history() != null ? RealFunctions.closest(options.history(), real)
        : new RealFunctions.Closest(options.baseName(), options.base(), "given");
    String stateName = state.name() + " (" + state.why() + ")";
    List<String> paths = state.tree().paths().stream().filter(real::contains)
        .filter(p -> only.isEmpty() || only.contains(p)).toList();
    RealFunctions.Splice splice = RealFunctions.splice(state.tree(), state.tree(), real, real, paths, options);
    List<Diagnostic> notes = new ArrayList<>(opened.diagnostics());
    splice.outside().forEach(o -> notes.add(o.note()));
    Matrix matrix = options.matrix();
    int runs = matrix.configs().size() * matrix.boards().size() * matrix.scenarios().size();
    if (splice.ran().isEmpty()) {
      return new Result(real.label(), stateName, List.of(), notes, List.of(Diagnostic.error("", 0, "no function "
          + "of " + real.label() + " could run in " + ReviewOptions.MODEL + Review.at(stateName)
          + (paths.isEmpty() ? ": the tree has none of the modelled files" : ""))), runs);
    }
    RunDiff together = firstDifference(state.tree(), splice.before(), options);
    // A function whose prototype is not the model's runs only with its callers as the tree has them, and a caller
    // only with it: each function is checked with those partners, and a difference names them.
    List<Verdict> out = new ArrayList<>();
    for (RealFunctions.Ran r : splice.ran()) {
      options.progress().update("comparing " + r.name() + "()", out.size(), splice.ran().size());
      List<RealFunctions.Ran> group = new ArrayList<>(List.of(r));
      splice.ran().stream().filter(o -> r.partners().contains(o.key())).forEach(group::add);
      String along = group.size() == 1 ? "" : " (run along with " + String.join(", ", group.subList(1, group.size())
          .stream().map(o -> o.name() + "()").toList()) + ": a prototype that is not the model's between them)";
      RunDiff alone = together == null ? null
          : firstDifference(state.tree(), RealFunctions.only(state.tree(), real, group), options);
      out.add(new Verdict(r.path(), r.beforeFirst(), r.name(), alone == null,
          alone == null ? "" : witness(alone) + along));
    }
    return new Result(real.label(), stateName, out, notes, List.of(), runs);
  }

  /** The first run of the matrix (in its order) whose observations differ between the two trees, or null. */
  private static RunDiff firstDifference(SourceTree model, SourceTree withReal, ReviewOptions options) {
    List<BuiltKernel[]> builds = new ArrayList<>();
    for (Matrix.ConfigEntry c : options.matrix().configs()) {
      builds.add(new BuiltKernel[] {Builds.of(model, c, options.timings(), "modelled").join(),
          Builds.of(withReal, c, options.timings(), "with the tree's functions").join()});
    }
    return MatrixRun.runAll(options, options.matrix(), builds, PatchContext.NONE).runs().stream()
        .filter(d -> d.verdict() != org.patchreview.diff.Verdict.SAME).findFirst().orElse(null);
  }

  /** A run that differs, told by its first difference: the run, the step, and what the model and the tree do. */
  private static String witness(RunDiff d) {
    Change c = d.changes().isEmpty() ? null : d.changes().get(0);
    String verdict = d.verdict() == org.patchreview.diff.Verdict.REGRESSED ? "the tree's function adds a problem"
        : d.verdict() == org.patchreview.diff.Verdict.FIXED ? "the tree's function removes a problem" : "differs";
    if (c == null) {
      return d.id() + ": " + verdict;
    }
    String what = c.what() + ": model " + c.before() + ", tree " + c.after();
    return d.id() + " [" + c.step() + "] " + c.kind() + " " + what + (c.location() == null || c.location().isEmpty()
        ? "" : " (" + c.location() + ")");
  }
}
