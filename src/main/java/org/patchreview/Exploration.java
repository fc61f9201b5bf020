package org.patchreview;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.patchreview.diag.Diagnostic;
import org.patchreview.hw.Board;
import org.patchreview.interp.BuiltKernel;
import org.patchreview.interp.Program;
import org.patchreview.mail.MailReadResult;
import org.patchreview.patch.ApplyResult;
import org.patchreview.patch.FileResult;
import org.patchreview.scenario.ExploreResult;
import org.patchreview.scenario.Explorer;
import org.patchreview.scenario.Matrix;
import org.patchreview.tree.SourceTree;

/**
 * The exploration stage: every sequence of the corpus's declared actions ({@code scenarios/explore.txt}) to a depth,
 * on every (board, config) the request keeps, on one modelled state ({@code review explore}) or on two side by side
 * ({@code review apply --explore}: before and after a patch; {@code review compare}: after each of two patches).
 */
public final class Exploration {
  private Exploration() {}

  /**
   * Which cells to explore and how far ({@code limits}' time budget is for all the cells together); {@code boards}
   * and {@code configs} empty for all of them.
   */
  public record Request(Explorer.Limits limits, Set<String> boards, Set<String> configs) {
    public Request {
      boards = Set.copyOf(boards);
      configs = Set.copyOf(configs);
    }
  }

  /**
   * What a stage gave: the results per (config, board) in matrix order, or the errors that stopped it with their exit
   * code; {@code base} names the state explored on, {@code after} what was compared with it.
   */
  public record Outcome(List<ExploreResult> results, String base, String after, List<Diagnostic> errors,
      int exitCode) {
    static Outcome failed(int exit, List<Diagnostic> errors) {
      return new Outcome(List.of(), "", "", errors, exit);
    }
  }

  /** The problems of one modelled state. */
  public static Outcome explore(ReviewOptions options, Request request) {
    if (options.matrix().exploring().isEmpty()) {
      return Outcome.failed(ExitCode.BAD_INPUT, List.of(Diagnostic.error("scenarios/explore.txt", 0,
          "the corpus declares nothing to explore")));
    }
    List<ExploreResult> out = run(options, request, List.of(options.base()));
    return new Outcome(out, options.baseName(), "", List.of(), out.stream().anyMatch(r -> !r.findings().isEmpty())
        ? ExitCode.REGRESSION : ExitCode.OK);
  }

  /** Where the state after {@code mails} (applied as {@code review apply} would) behaves differently from before. */
  public static Outcome patch(MailReadResult mails, ReviewOptions options, Request request) {
    ReviewOptions chosen = Review.chooseBase(options, mails.patches(), mails.baseCommit());
    Applied a = apply(mails, chosen);
    if (a.tree() == null) {
      return Outcome.failed(ExitCode.BAD_INPUT, a.errors());
    }
    List<ExploreResult> out = run(chosen, request, List.of(chosen.base(), a.tree()));
    return new Outcome(out, chosen.baseName(), "after the patch", List.of(), newProblems(out));
  }

  /**
   * Where the state after {@code second} behaves differently from the state after {@code first}, both applied to
   * the same base (the one {@code first} would be reviewed on, unless {@code --base} gave one). Two patches that
   * change different files are not two versions of one change: an error says so.
   */
  public static Outcome compare(MailReadResult first, String firstName, MailReadResult second, String secondName,
      ReviewOptions options, Request request) {
    Set<String> a = files(first);
    Set<String> b = files(second);
    if (!a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains)) {
      return Outcome.failed(ExitCode.USAGE, List.of(Diagnostic.error(secondName, 0, firstName + " changes "
          + String.join(", ", a) + " but " + secondName + " changes " + String.join(", ", b)
          + ": compare needs two versions of one patch, which change the same files")));
    }
    ReviewOptions chosen = Review.chooseBase(options, first.patches(), first.baseCommit());
    Applied x = apply(first, chosen);
    Applied y = apply(second, chosen);
    if (x.tree() == null || y.tree() == null) {
      List<Diagnostic> errors = new ArrayList<>(x.errors());
      errors.addAll(y.errors());
      return Outcome.failed(ExitCode.BAD_INPUT, errors);
    }
    List<ExploreResult> out = run(chosen, request, List.of(x.tree(), y.tree()));
    boolean differ = out.stream().anyMatch(r -> !r.findings().isEmpty());
    return new Outcome(out, chosen.baseName(), secondName, List.of(), differ ? ExitCode.REGRESSION : ExitCode.OK);
  }

  private record Applied(SourceTree tree, List<Diagnostic> errors) {}

  /** The patches on the model, as the review applies them; null tree when they do not apply or do not build. */
  private static Applied apply(MailReadResult mails, ReviewOptions options) {
    List<Diagnostic> errors = new ArrayList<>(mails.diagnostics().stream().filter(Diagnostic::isError).toList());
    if (mails.patches().isEmpty() || !errors.isEmpty()) {
      if (errors.isEmpty()) {
        errors.add(Diagnostic.error("", 0, "no patch found in the input"));
      }
      return new Applied(null, errors);
    }
    ApplyStage.Outcome applied = ApplyStage.run(mails, options);
    if (applied.onModel() == null || !applied.errors().isEmpty()) {
      return new Applied(null, applied.errors().isEmpty() ? List.of(Diagnostic.error("", 0,
          "the patch cannot be replayed on the model")) : applied.errors());
    }
    List<ApplyResult> on = applied.onModel();
    SourceTree after = on.get(options.apply().reverse() ? 0 : on.size() - 1).after();
    Set<String> changed = options.base().changedPaths(after);
    for (Matrix.ConfigEntry c : options.matrix().configs()) {
      List<Diagnostic> problems = Builds.problems(Builds.of(after, c, options.timings(), "patched").join(), changed);
      if (problems.stream().anyMatch(Diagnostic::isError)) {
        return new Applied(null, Builds.errorsOf(problems));
      }
    }
    return new Applied(after, List.of());
  }

  private static final java.util.regex.Pattern FILE_LINE =
      java.util.regex.Pattern.compile("(?m)^(?:\\+\\+\\+ b/|--- a/)(\\S+)");

  /** The files a mail's diffs name (old and new sides), for telling two versions of one patch from two patches. */
  private static Set<String> files(MailReadResult mails) {
    Set<String> out = new LinkedHashSet<>();
    for (var p : mails.patches()) {
      java.util.regex.Matcher m = FILE_LINE.matcher(p.diff());
      while (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  private static int newProblems(List<ExploreResult> results) {
    return results.stream().flatMap(r -> r.findings().stream())
        .anyMatch(f -> f.kind() == ExploreResult.Kind.NEW_PROBLEM) ? ExitCode.REGRESSION : ExitCode.OK;
  }

  /** Each kept (config, board) explored on the trees given (one, or two side by side), in matrix order. */
  private static List<ExploreResult> run(ReviewOptions options, Request request, List<SourceTree> trees) {
    Matrix matrix = options.matrix();
    Predicate<String> board = b -> request.boards().isEmpty() || request.boards().contains(b);
    Predicate<String> config = c -> request.configs().isEmpty() || request.configs().contains(c);
    List<ExploreResult> out = new ArrayList<>();
    // The time budget is for the whole exploration: each cell gets an equal share, so that a run ends when promised.
    long cells = matrix.configs().stream().filter(c -> config.test(c.config().name())).count()
        * matrix.boards().stream().filter(b -> board.test(b.name())).count();
    Explorer.Limits limits = new Explorer.Limits(request.limits().depth(), request.limits().maxStates(),
        request.limits().maxNanos() / Math.max(cells, 1));
    for (Matrix.ConfigEntry c : matrix.configs()) {
      if (!config.test(c.config().name())) {
        continue;
      }
      List<Program> kernels = new ArrayList<>();
      for (SourceTree t : trees) {
        BuiltKernel k = Builds.of(t, c, options.timings(), "explored").join();
        if (k.hasErrors()) {
          throw new IllegalStateException("the modelled kernel does not build: " + k.diagnostics().get(0));
        }
        kernels.add(k.program());
      }
      for (Board b0 : matrix.boards()) {
        if (board.test(b0.name())) {
          Board b = c.apply(b0);
          out.add(Explorer.explore(kernels, b, c.config(), options.budget(), matrix.observing(),
              matrix.exploring().on(b), limits));
          options.timings().mark("explored " + b.name() + " / " + c.config().name());
        }
      }
    }
    return out;
  }
}
