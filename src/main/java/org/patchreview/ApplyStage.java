package org.patchreview;

import java.util.ArrayList;
import java.util.List;
import org.patchreview.c.Config;
import org.patchreview.diag.Diagnostic;
import org.patchreview.mail.MailReadResult;
import org.patchreview.mail.PatchMail;
import org.patchreview.patch.ApplyOptions;
import org.patchreview.patch.ApplyResult;
import org.patchreview.patch.FileOutcome;
import org.patchreview.patch.Patcher;
import org.patchreview.report.Report;
import org.patchreview.scenario.Matrix;
import org.patchreview.tree.SourceTree;
import org.patchreview.tree.UserTree;

/**
 * The application stage of a review: the patches on the review's target (the modelled kernel, or a user's tree and
 * then the model too), and whether their behaviour can be replayed on the model.
 */
final class ApplyStage {

  /**
   * What applying gave: one entry per patch, the model's results when behaviour can be replayed (else null), the
   * errors that make the input bad, notes, the name of the tree applied to, and whether behaviour is replayed.
   */
  record Outcome(List<Report.PatchEntry> entries, List<ApplyResult> onModel, List<Diagnostic> errors,
      List<Diagnostic> notes, String base, Report.Replay replay, Spliced spliced) {
    Outcome(List<Report.PatchEntry> entries, List<ApplyResult> onModel, List<Diagnostic> errors,
        List<Diagnostic> notes, String base, Report.Replay replay) {
      this(entries, onModel, errors, notes, base, replay, null);
    }
  }

  /**
   * The user's tree's own functions, run inside the model ({@code --tree}): the model before and after with them,
   * the state they run in, and how the patch applied to the tree (whose lines the runs cite in those functions).
   */
  record Spliced(RealFunctions.Splice splice, String stateName, List<ApplyResult> onTree) {}

  private ApplyStage() {}

  static Outcome run(MailReadResult mails, ReviewOptions options) {
    return run(mails, options, false);
  }

  /**
   * As {@link #run(MailReadResult, ReviewOptions)}; with a user's tree and {@code closestToTree}, its functions run
   * in the modelled state closest to it rather than in {@code options}' base.
   */
  static Outcome run(MailReadResult mails, ReviewOptions options, boolean closestToTree) {
    // Replaying builds the unpatched model anyway: its parses serve to find functions, except with --check.
    ApplyOptions modelOptions = options.apply().withPartialTree(true).withCheckIndex(false)
        .withAnchorConfigs(configs(options.matrix())).withParsed(options.check() ? null : Builds.baseParses(options));
    return options.tree() == null ? onModel(mails, options, modelOptions)
        : onTree(mails, options, modelOptions, closestToTree);
  }

  /** The patches on the model, replayed there unless they do not apply or --check was given. */
  private static Outcome onModel(MailReadResult mails, ReviewOptions options, ApplyOptions modelOptions) {
    List<PatchMail> patches = mails.patches();
    List<ApplyResult> model = Patcher.applySeries(options.base(), patches, modelOptions);
    List<Report.PatchEntry> entries = entries(mails, model, null);
    List<Diagnostic> errors = errors(model);
    if (errors.isEmpty() && model.stream().noneMatch(ApplyStage::anyApplied)) {
      errors = List.of(Diagnostic.error(patches.get(0).source(), patches.get(0).diffLine(),
          "no file the patch changes is in the modelled kernel, so nothing can be replayed"));
    }
    Report.Replay replay = !errors.isEmpty() ? Report.Replay.not(options.baseName(), "the patch does not apply")
        : options.check() ? Report.Replay.not(options.baseName(), "--check applies and reports only")
        : Report.Replay.on(options.baseName());
    return new Outcome(entries, replay.replayed() ? model : null, errors, notes(model), options.baseName(), replay);
  }

  /** The patches on the user's tree, then on the model, replayed there where they apply too. */
  private static Outcome onTree(MailReadResult mails, ReviewOptions options, ApplyOptions modelOptions,
      boolean closestToTree) {
    List<PatchMail> patches = mails.patches();
    UserTree.Opened opened = UserTree.open(options.tree().path(), options.tree().rev(), baseCommit(mails));
    if (!opened.ok()) {
      return new Outcome(List.of(), null, opened.diagnostics(), List.of(), "", Report.Replay.not("", ""));
    }
    ApplyOptions treeOptions = modelOptions.withPartialTree(false).withCheckIndex(true).withParsed(null);
    List<ApplyResult> onTree = Patcher.applySeries(opened.tree(), patches, treeOptions);
    List<Diagnostic> notes = new ArrayList<>(opened.diagnostics());
    notes.addAll(notes(onTree));
    String base = opened.tree().label();
    List<Diagnostic> errors = errors(onTree);
    if (!errors.isEmpty() || options.check()) {
      return new Outcome(entries(mails, onTree, null), null, errors, notes, base, Report.Replay.not(
          options.baseName(), errors.isEmpty() ? "--check applies and reports only" : "the patch does not apply"));
    }
    Outcome real = realFunctions(mails, options, modelOptions, opened.tree(), onTree, notes, closestToTree);
    if (real != null) {
      return real;
    }
    List<ApplyResult> model = Patcher.applySeries(options.base(), patches, modelOptions);
    String whyNot = errors(model).stream().findFirst().map(d -> "it does not apply to the model: " + d.message())
        .orElse(model.stream().noneMatch(ApplyStage::anyApplied)
            ? "no file it changes is in the modelled kernel" : "");
    Report.Replay replay = whyNot.isEmpty() ? Report.Replay.on(options.baseName())
        : Report.Replay.not(options.baseName(), whyNot);
    notes.addAll(notes(model));
    return new Outcome(entries(mails, onTree, model), replay.replayed() ? model : null, List.of(), notes, base,
        replay);
  }

  /**
   * The patch replayed on the tree's own functions: for each file it changes that the model has too, every function
   * both define runs as the tree has it, before and after the patch, in the modelled state closest to the tree. Null
   * when no function could run so (the model's own functions are then replayed as before), with why in
   * {@code notes}.
   */
  private static Outcome realFunctions(MailReadResult mails, ReviewOptions options, ApplyOptions modelOptions,
      SourceTree realBefore, List<ApplyResult> onTree, List<Diagnostic> notes, boolean closestToTree) {
    SourceTree realAfter = onTree.get(options.apply().reverse() ? 0 : onTree.size() - 1).after();
    RealFunctions.Closest state = closestToTree
        ? RealFunctions.closest(options.history(), realBefore)
        : new RealFunctions.Closest(options.baseName(), options.base(), "given");
    List<String> inModel = realBefore.changedPaths(realAfter).stream().filter(state.tree()::contains).toList();
    if (inModel.isEmpty() || modelled(options, realBefore, inModel)) {
      return null;
    }
    List<ApplyResult> model = Patcher.applySeries(state.tree(), mails.patches(), modelOptions);
    boolean modelApplies = errors(model).isEmpty() && model.stream().allMatch(ApplyStage::anyApplied);
    SourceTree modelAfter = modelApplies ? model.get(options.apply().reverse() ? 0 : model.size() - 1).after()
        : state.tree();
    RealFunctions.Splice splice = RealFunctions.splice(state.tree(), modelAfter, realBefore, realAfter, inModel,
        options);
    String name = state.name().startsWith(ReviewOptions.MODEL) ? state.name()
        : ReviewOptions.MODEL + " at " + state.name() + " (" + state.why() + ")";
    if (splice.ran().isEmpty()) {
      notes.addAll(splice.notes(realBefore.label()));
      return null;
    }
    List<Diagnostic> all = new ArrayList<>(notes);
    all.addAll(splice.notes(realBefore.label()));
    if (!modelApplies) {
      all.add(Diagnostic.note("", 0, "the patch does not apply to " + name + ": only what it changes inside the "
          + "functions run from " + realBefore.label() + " is replayed"));
    } else {
      all.addAll(notes(model));
    }
    String replayedOn = name + ", with " + splice.ran().size() + " function" + (splice.ran().size() == 1 ? "" : "s")
        + " as " + realBefore.label() + " has them";
    return new Outcome(entries(mails, onTree, modelApplies ? model : null), modelApplies ? model : onTree, List.of(),
        all, realBefore.label(), Report.Replay.on(replayedOn), new Spliced(splice, name, onTree));
  }

  /** Whether some modelled state holds {@code paths} exactly as the tree does: the model is then the tree there. */
  private static boolean modelled(ReviewOptions options, SourceTree tree, List<String> paths) {
    List<SourceTree> states = options.history() == null ? List.of(options.base())
        : options.history().statesNewestFirst().stream().map(java.util.Map.Entry::getValue).toList();
    return states.stream().anyMatch(s -> paths.stream().allMatch(p -> s.holds(p, tree.read(p).orElse(null))));
  }

  /** The configs of the matrix: a function inside {@code #ifdef CONFIG_X} is found when some config sets X. */
  private static List<Config> configs(Matrix matrix) {
    return matrix.configs().stream().map(Matrix.ConfigEntry::config).toList();
  }

  /** The revision a {@code base-commit:} line of the mails names (patches first, then cover letters), if any. */
  static String baseCommit(MailReadResult mails) {
    return mails.baseCommit();
  }

  /** One entry per patch, with what its mail says, and not yet replayed on its own. */
  private static List<Report.PatchEntry> entries(MailReadResult mails, List<ApplyResult> applied,
      List<ApplyResult> model) {
    List<Report.PatchEntry> out = new ArrayList<>();
    for (int i = 0; i < mails.patches().size(); i++) {
      out.add(new Report.PatchEntry(mails.patches().get(i), applied.get(i), mails.factsOf(i), List.of(),
          model == null ? null : model.get(i)));
    }
    return out;
  }

  private static boolean anyApplied(ApplyResult a) {
    return a.files().stream().anyMatch(f -> f.outcome() == FileOutcome.APPLIED);
  }

  private static List<Diagnostic> errors(List<ApplyResult> results) {
    return results.stream().flatMap(a -> a.diagnostics().stream()).filter(Diagnostic::isError).toList();
  }

  private static List<Diagnostic> notes(List<ApplyResult> results) {
    return results.stream().flatMap(a -> a.diagnostics().stream()).filter(d -> !d.isError()).toList();
  }
}
