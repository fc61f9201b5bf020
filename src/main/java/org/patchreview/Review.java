package org.patchreview;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.eclipse.jgit.patch.FileHeader;
import org.patchreview.diag.Diagnostic;
import org.patchreview.mail.MailReadResult;
import org.patchreview.mail.ParsedDiff;
import org.patchreview.mail.PatchMail;
import org.patchreview.patch.ApplyOptions;
import org.patchreview.patch.ApplyResult;
import org.patchreview.patch.HunkOutcome;
import org.patchreview.patch.Patcher;
import org.patchreview.report.Report;
import org.patchreview.tree.SourceTree;

/**
 * The facade: a patch mail in, a report out. Composes the stages, none of which calls back into it: the base is
 * chosen, {@link ApplyStage} applies the patches, {@link Replay} builds the kernel before and after and runs the
 * matrix on both, {@link FixesCheck} checks the Fixes: tags, and the results become one {@link Report}.
 */
public final class Review {
  private Review() {}

  /**
   * Starts building the base tree for every config in the background. The command line calls this before it reads
   * the mail when the base is known without it (given with --base, or no history to choose from): the builds do not
   * depend on the patch, so they overlap with reading and applying it. Otherwise the review starts them once it has
   * chosen the base.
   */
  public static void prepare(ReviewOptions options) {
    Builds.prepare(options);
  }

  public static ReviewResult review(MailReadResult mails, ReviewOptions options) {
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
    // With --tree, the tree's functions run in the modelled state closest to the tree, not the one chosen here.
    boolean closestToTree = options.tree() != null && options.chooseBase() && options.history() != null;
    options = chooseBase(options, patches, mails.baseCommit(), Trials.touched(patches));
    options.timings().mark("base chosen");
    if (!options.check() && options.tree() == null) {
      Builds.prepare(options);   // the base's builds overlap with applying the patch
    }
    options.progress().update("applying " + (patches.size() == 1 ? "the patch" : patches.size() + " patches"), 0, 0);
    ApplyStage.Outcome applied = ApplyStage.run(mails, options, closestToTree);
    options.timings().mark("patch applied");
    if (applied.entries().isEmpty()) {
      return ReviewResult.failed(ExitCode.BAD_INPUT, concat(applied.errors(), mailNotes));
    }
    List<Diagnostic> notes = concat(mailNotes, applied.notes());
    if (applied.onModel() == null) {
      // Nothing to replay: the patch does not apply, --check was given, or it applies to the user's tree only.
      Report report = new Report(applied.base(), applied.entries(), List.of(), List.of(), List.of(), notes,
          applied.replay(), mails.series()).withBaseState(baseState(options));
      return new ReviewResult(report, applied.errors(), applied.errors().isEmpty() ? ExitCode.OK : ExitCode.BAD_INPUT);
    }
    Replay.Result replayed;
    if (applied.spliced() != null) {
      // The tree's own functions run: the model before the patch is the closest state with them spliced in.
      options = options.withBase(applied.spliced().splice().before(), applied.replay().model());
      replayed = Replay.run(options, patches, applied.onModel(), notes, applied.spliced());
    } else {
      replayed = Replay.run(options, patches, applied.onModel(), notes, null);
    }
    if (replayed.failure() != null) {
      return replayed.failure();
    }
    List<Report.PatchEntry> entries = new ArrayList<>();
    for (int i = 0; i < patches.size(); i++) {
      entries.add(applied.entries().get(i).withReplay(replayed.each().isEmpty() ? List.of() : replayed.each().get(i)));
    }
    List<Report.FixesClaim> fixes = FixesCheck.check(options, patches, replayed.runs());
    Report report = new Report(applied.base(), entries, replayed.layout(), replayed.runs(), fixes, List.copyOf(notes),
        applied.replay(), mails.series(), replayed.lines()).withBaseState(baseState(options))
        .withProven(replayed.proven());
    return new ReviewResult(report, List.of(), report.regressed() ? ExitCode.REGRESSION : ExitCode.OK);
  }

  /** The base as a state of the modelled history, for the JSON report; null for a tree that is none of them. */
  private static Report.BaseState baseState(ReviewOptions options) {
    if (options.history() == null || options.tree() != null) {
      return null;
    }
    return options.history().describe(options.base()).map(d -> new Report.BaseState(d.tag(), d.entry(), d.upstream()))
        .orElse(null);
  }

  /**
   * Starts readying, beside the review of {@code mails} about to begin, the build after a patch to headers
   * ({@link Builds#warm}): such a patch rebuilds every unit that includes one, and the first of them would otherwise
   * pay the cold start of reading every header. A patch to sources alone rebuilds those sources, which the build after
   * the patch starts on at once: readying them beside it would only do their work twice on a two-core machine. The
   * work is done on the base the review starts from (the bundled kernel, or the state {@code --base} names), before
   * the review chooses its own: what it keeps is used by content, wherever the files read the same. Returns what
   * finishes when the readying has (at once when there is none), for benchmarks that must not let it run into their
   * next round.
   */
  public static Future<?> warm(ReviewOptions options, MailReadResult mails) {
    if (options.check() || options.tree() != null || mails.patches().isEmpty() || options.matrix().hasErrors()
        || mails.diagnostics().stream().anyMatch(Diagnostic::isError)) {
      return CompletableFuture.completedFuture(null);
    }
    Set<String> touched = Trials.touched(mails.patches());
    if (touched == null || touched.stream().noneMatch(p -> p.endsWith(".h"))) {
      return CompletableFuture.completedFuture(null);
    }
    return Builds.warm(options, touched);
  }

  /**
   * Without an explicit base, the state after the history entry that models the mail's {@code base-commit:}, else
   * the newest state of the modelled history that the patch applies to with every hunk in place, else the newest it
   * applies to at all, else the bundled kernel (whose failure the review then reports).
   */
  static ReviewOptions chooseBase(ReviewOptions options, List<PatchMail> patches, String baseCommit) {
    return chooseBase(options, patches, baseCommit, Trials.touched(patches));
  }

  private static ReviewOptions chooseBase(ReviewOptions options, List<PatchMail> patches, String baseCommit,
      Set<String> touched) {
    if (!options.chooseBase() || options.history() == null) {
      return options;
    }
    // As the review will apply, but without looking for functions or explaining failures: a state is chosen by how
    // its text matches, and the failures on newer states are not shown.
    ApplyOptions choosing = options.apply().withParsed((path, content) -> List.of()).withoutDiagnosis();
    Trials trials = new Trials(patches, choosing, touched);
    BaseCommit named = BaseCommit.of(baseCommit, options.history(), tree -> trials.outcome(tree) != Trials.FAILS);
    if (named.state() != null) {
      return options.withBase(named.state().getValue(), ReviewOptions.MODEL + at(named.state().getKey()) + named.why());
    }
    Map.Entry<String, SourceTree> fallback = null;
    for (Map.Entry<String, SourceTree> state : options.history().statesNewestFirst()) {
      int outcome = trials.outcome(state.getValue());
      boolean applies = outcome != Trials.FAILS;
      boolean clean = outcome == Trials.CLEAN;
      if (clean) {
        return options.withBase(state.getValue(), ReviewOptions.MODEL + at(state.getKey())
            + " (the newest modelled state the patch applies to cleanly" + named.why() + ")");
      }
      if (applies && fallback == null) {
        fallback = state;
      }
    }
    if (fallback != null) {
      return options.withBase(fallback.getValue(), ReviewOptions.MODEL + at(fallback.getKey())
          + " (the newest modelled state the patch applies to" + named.why() + ")");
    }
    return options.withBase(options.base(), ReviewOptions.MODEL + (named.why().isEmpty() ? "" : " (" + named.why().substring(2)
        + ")"));
  }

  /**
   * How the patches apply to states of the history, each state tried once per distinct content of the files they
   * touch: applying reads nothing else, and neighbouring states share most files (choosing the base of a patch to an
   * old state tried every newer state).
   */
  private static final class Trials {
    static final int FAILS = 0;
    static final int APPLIES = 1;
    static final int CLEAN = 2;

    private final List<PatchMail> patches;
    private final ApplyOptions choosing;
    /** The paths the patches name, old and new; null when a diff does not read (then every state is tried). */
    private final Set<String> touched;
    private final List<Map.Entry<SourceTree, Integer>> tried = new ArrayList<>();

    Trials(List<PatchMail> patches, ApplyOptions choosing, Set<String> touched) {
      this.patches = patches;
      this.choosing = choosing;
      this.touched = touched;
    }

    /** The paths the patches name, old and new; null when a diff does not read or a header has no path. */
    static Set<String> touched(List<PatchMail> patches) {
      Set<String> paths = new HashSet<>();
      for (PatchMail m : patches) {
        ParsedDiff d = ParsedDiff.of(m);
        if (d.hasErrors()) {
          paths = null;
          break;
        }
        for (FileHeader f : d.patch().getFiles()) {
          if (f.getOldPath() == null || f.getNewPath() == null) {
            paths = null;   // a header without a path: what applying reads is not known
            break;
          }
          paths.add(f.getOldPath());
          paths.add(f.getNewPath());
        }
        if (paths == null) {
          break;
        }
      }
      return paths;
    }

    int outcome(SourceTree state) {
      if (touched != null) {
        for (Map.Entry<SourceTree, Integer> t : tried) {
          if (touched.stream().allMatch(p -> state.sameFile(p, t.getKey()))) {
            return t.getValue();
          }
        }
      }
      List<ApplyResult> r = Patcher.applySeries(state, patches, choosing);
      boolean applies = r.stream().allMatch(a -> a.diagnostics().stream().noneMatch(Diagnostic::isError));
      boolean clean = applies && r.stream().flatMap(a -> a.files().stream()).flatMap(f -> f.hunks().stream())
          .allMatch(h -> h.outcome() == HunkOutcome.CLEAN);
      int outcome = clean ? CLEAN : applies ? APPLIES : FAILS;
      tried.add(Map.entry(state, outcome));
      return outcome;
    }
  }

  /** " at v6.10" for a tagged state, " after 0027-..." for one that only an entry names. */
  static String at(String state) {
    return state.startsWith("after ") ? " " + state : " at " + state;
  }

  private static List<Diagnostic> concat(List<Diagnostic> first, List<Diagnostic> then) {
    List<Diagnostic> out = new ArrayList<>(first);
    out.addAll(then);
    return out;
  }
}
