package org.patchreview.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.patchreview.ExitCode;
import org.patchreview.Review;
import org.patchreview.ReviewOptions;
import org.patchreview.corpus.Corpus;
import org.patchreview.Timings;
import org.patchreview.ReviewResult;
import org.patchreview.diag.Diagnostic;
import org.patchreview.mail.MailReadResult;
import org.patchreview.mail.MailReader;
import org.patchreview.report.CheckpatchRenderer;
import org.patchreview.report.ChecksRenderer;
import org.patchreview.report.HtmlRenderer;
import org.patchreview.mail.ReadOptions;
import org.patchreview.patch.ApplyOptions;
import org.patchreview.report.JsonRenderer;
import org.patchreview.report.MailRenderer;
import org.patchreview.report.MarkdownRenderer;
import org.patchreview.report.Report;
import org.patchreview.report.SideBySide;
import org.patchreview.report.TextRenderer;

/**
 * {@code review apply FILE}: apply a patch mail to the modelled kernel (or a user's tree), replay it on the model and
 * report what behaves differently.
 */
final class ApplyCommand extends Main.Runner {
  /** Report formats. */
  enum Format { text, json, md, mail, checks, checkpatch, html }

  /** When the terminal report is coloured. */
  enum When { auto, always, never }

  String file;
  Integer version;
  boolean fromReply;
  Format format = Format.text;
  String base;
  boolean timings;
  When color = When.auto;
  Path output;
  int fuzz;
  boolean ignoreWhitespace;
  boolean reverse;
  boolean check;
  Path tree;
  String rev;
  Path corpusDir;
  boolean showVersion;
  boolean listBases;
  Integer width;
  boolean full;
  /** {@code --explore}: the explored space before and after as well (README: Exploring). */
  boolean explore;
  final ExploreOptions exploring = new ExploreOptions();

  ApplyCommand(java.io.PrintWriter out, java.io.PrintWriter err) {
    super(out, err);
  }

  @Override
  Cli.Command command() {
    return new Cli.Command("apply", "Apply the patch mail(s) in FILE to the modelled kernel (a series in index order, "
        + "each patch on the tree the one before left), run every board, config and scenario before and after, and "
        + "report the differences.", List.of(
        Cli.value("-v --series-version", "N", "review version N of the series (default: the newest complete "
            + "version in the input)", v -> version = Cli.integer("--series-version", v, 1)),
        Cli.optional("--version", "N", "with a number, the same as --series-version N (its older spelling); alone, "
            + "print review's version and exit", v -> v.chars().allMatch(Character::isDigit) && !v.isEmpty(), v -> {
              if (v == null) {
                showVersion = true;
              } else {
                version = Cli.integer("--version", v, 1);
              }
            }),
        Cli.flag("--from-reply", "take the diff from the first reply that carries or quotes it, even when the patch "
            + "is there", () -> fromReply = true),
        Cli.value("--format", "FORMAT", "report format: text, json, md, mail, checks, checkpatch, html (default: text)",
            v -> format = Cli.choice("--format", v, Format.class)),
        Cli.value("--base", "REF", "the modelled state to apply to: a tag (v4.12-rc1, v4.12, ...), a history entry "
            + "(the state after it) or a unique prefix of one (0003), before:ENTRY, or base (--list-bases lists them); "
            + "default: the state the mail's base-commit names when the history models it, else the newest state the "
            + "patch applies to cleanly",
            v -> base = v),
        Cli.flag("--list-bases", "list the modelled states --base takes (tag, history entry, upstream commit) and "
            + "exit", () -> listBases = true),
        Cli.flag("--timings", "print how long each phase took, on standard error", () -> timings = true),
        Cli.value("--color", "WHEN", "colour the text report: auto (on a terminal, unless NO_COLOR is set), always, "
            + "never", v -> color = Cli.choice("--color", v, When.class)),
        Cli.value("--width", "N", "wrap the text report at N columns, 0 for never (default: the terminal's width, "
            + "COLUMNS or 100, when standard output is a terminal; else lines are not wrapped)",
            v -> width = Cli.integer("--width", v, 0)),
        Cli.flag("--full", "the text and mail reports in full: every difference of every run, with where the runs "
            + "part (default: each problem once, with the simplest run that shows it); in JSON, the findings list "
            + "every call and log line that differs", () -> full = true),
        Cli.value("-o --output", "OUT", "write the report to OUT (atomically) instead of standard output",
            v -> output = Cli.path("--output", v)),
        Cli.value("--fuzz", "N", "ignore up to N context lines at each end of a hunk that matches nowhere, as GNU "
            + "patch does (default: 0, like git am)", v -> fuzz = Cli.integer("--fuzz", v, 0)),
        Cli.flag("--ignore-whitespace", "let runs of blanks match any other run when a hunk does not match exactly",
            () -> ignoreWhitespace = true),
        Cli.flag("-R --reverse", "undo the patches (the last one first)", () -> reverse = true),
        Cli.flag("--check", "apply in memory and report how, without replaying anything", () -> check = true),
        Cli.value("--tree", "PATH", "apply to the kernel sources in PATH (a directory or a git repository; read, "
            + "never written) and replay on the model where the patch applies there too",
            v -> tree = Cli.path("--tree", v)),
        Cli.value("--rev", "REV", "with --tree REPO: the revision to apply to (default: the mail's base-commit when "
            + "the repository has it, else the work tree)", v -> rev = v),
        Cli.value("--corpus", "DIR", "review on the corpus in DIR (its kernel, history, boards, configs and "
            + "scenarios, as a checkout's corpus/ holds them) instead of the bundled one",
            v -> corpusDir = Cli.path("--corpus", v)),
        Cli.flag("--explore", "also explore every sequence of lifecycle actions before and after the patch (to "
            + "--depth) and report where they differ, with shortest witnesses", () -> explore = true),
        exploring.depthOption(), exploring.timeBudgetOption()),
        new Cli.Positional("FILE", 1, false, "the patch mail(s): an mbox, a maildir or a folder of mails, a single "
            + "mail (.eml, .patch), a bare diff, or - for standard input", v -> {
              Cli.path("FILE", v);
              file = v;
            }), List.of("--version", "--list-bases"));
  }

  @Override
  int run() throws IOException {
    if (showVersion) {
      out.println(Main.VERSION);
      return org.patchreview.ExitCode.OK;
    }
    if (listBases) {
      Corpus corpus = corpusDir == null ? Corpus.bundled() : Corpus.at(corpusDir);
      if (corpus.history() == null) {
        corpus.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> err.println("review: " + d.oneLine()));
        err.println("review: " + (corpusDir == null ? "the bundled corpus" : corpusDir) + " has no history to list");
        return ExitCode.BAD_INPUT;
      }
      out.print(BaseList.render(corpus.history()));
      return ExitCode.OK;
    }
    if (file == null) {
      throw new Cli.UsageError("missing required parameter 'FILE'");
    }
    if (rev != null && tree == null) {
      throw new Cli.UsageError("--rev needs --tree REPO");
    }
    checkOutput();
    // The corpus and the unpatched kernel do not depend on the mail: start on them while the mail is read.
    Timings clock = new Timings();
    Terminal terminal = Terminal.current();
    ProgressLine progress = terminal.stderrTty() ? new ProgressLine(err, System::nanoTime, 1000) : null;
    if (corpusDir != null && !Files.isDirectory(corpusDir)) {
      throw new Cli.UsageError("--corpus " + corpusDir + ": no such folder");
    }
    CompletableFuture<Corpus> corpus = CompletableFuture.supplyAsync(
        () -> corpusDir == null ? Corpus.bundled() : Corpus.at(corpusDir));
    CompletableFuture<ReviewOptions> options = corpus.thenApply(c -> {
      if (c.hasErrors()) {
        return null;
      }
      ReviewOptions o = ReviewOptions.on(c, clock).with(b -> b.apply(ApplyOptions.model().withFuzz(fuzz)
          .withIgnoreWhitespace(ignoreWhitespace).withReverse(reverse))
          .tree(tree == null ? null : new ReviewOptions.TreeRequest(tree, rev)).check(check));
      clock.mark("corpus and matrix loaded");
      // Without --base the review chooses a state by the mail, so the base is only known once it is read. The
      // bundled kernel is built meanwhile all the same: where the mail picks another state the review starts that
      // one's builds as soon as it has chosen, and the guess costs CPU on the second core; left out, a review of the
      // reference patch on a one-cell matrix took 0.4 s longer (its builds ran after the mail instead of beside it).
      if (!check && base == null) {
        Review.prepare(o);
      }
      return o;
    });
    MailReadResult mails = readMail();
    clock.mark("mail read");
    ReviewOptions chosen = options.join();
    if (chosen == null) {
      corpus.join().diagnostics().stream().filter(Diagnostic::isError)
          .forEach(d -> err.println("review: " + d.oneLine()));
      return ExitCode.BAD_INPUT;
    }
    if (base != null) {
      chosen = withBase(chosen, base);
      if (!check) {
        Review.prepare(chosen);
      }
    }
    Review.warm(chosen, mails);
    ReviewResult result = Review.review(mails, progress == null ? chosen : chosen.withProgress(progress));
    if (progress != null) {
      progress.finish();
    }
    if (explore && result.report() != null && result.errors().isEmpty() && !check) {
      explored = org.patchreview.Exploration.patch(mails, chosen, exploring.request());
      clock.mark("explored before and after");
      explored.errors().forEach(d -> err.println("review: " + d.oneLine()));
      if (explored.errors().isEmpty()) {
        result = new ReviewResult(result.report().withExplored(new org.patchreview.report.Report.Explored(
            explored.base(), explored.results())), result.errors(), result.exitCode());
      }
    }
    int code = print(result, mails, terminal, clock);
    // A new problem in the explored space is a regression as a new problem in a scripted run is.
    return explored == null || code != ExitCode.OK ? code
        : explored.errors().isEmpty() ? explored.exitCode() : ExitCode.BAD_INPUT;
  }

  /** What --explore found, or null. */
  private org.patchreview.Exploration.Outcome explored;

  /** Errors and notes on standard error, the report on standard output (or OUT); returns the exit code. */
  private int print(ReviewResult result, MailReadResult mails, Terminal terminal, Timings clock) throws IOException {
    // b4 0.15 takes every line a checkpatch-style command writes on standard error for a failure of its own: the
    // errors are ERROR lines on standard output instead.
    boolean quiet = format == Format.checkpatch;
    // The mail stage and the patch stage read the same diff: what both say about it is printed once.
    for (Diagnostic d : new java.util.LinkedHashSet<>(result.errors())) {
      if (!quiet) {
        err.println("review: " + d.oneLine());
      }
    }
    // Notes (of the mail stage too: a missing series member) explain a failure as well as a report.
    List<Diagnostic> notes = result.report() == null || quiet ? List.of() : result.report().notes();
    for (Diagnostic note : new java.util.LinkedHashSet<>(notes)) {
      err.println("review: " + note.oneLine());
    }
    if (format == Format.checkpatch && (result.report() == null || !result.errors().isEmpty())) {
      emit(mails.patches().isEmpty() ? "" : CheckpatchRenderer.notReplayed(result.errors()));
    } else if (format == Format.json) {
      // Every exit 3 carries an error object, with the report when there is one (a hunk that does not apply).
      emit(result.report() == null ? JsonRenderer.error(result.exitCode(), result.errors())
          : JsonRenderer.render(result.report(), result.exitCode(), result.errors(), full));
    } else if (format == Format.mail && !full && !mails.patches().isEmpty() && result.report() == null) {
      // A patch whose C does not compile still gets a reply: the errors with the patched file and line.
      emit(MailRenderer.failed(mails.patches(), result.errors()));
    } else if (format == Format.checks && (result.report() == null || !result.errors().isEmpty())) {
      // b4 reads the answer from standard output whatever the exit code: say why nothing was replayed.
      emit(mails.patches().isEmpty() ? ChecksRenderer.nothing() : ChecksRenderer.notReplayed(result.errors()));
    } else if (result.report() != null && !result.errors().isEmpty() && format == Format.text) {
      // The one-line errors and notes above, then each failed hunk beside the most similar place of its file.
      err.print(SideBySide.render(result.report()));
      err.flush();
    } else if (result.report() != null) {
      emit(render(result.report(), terminal));
    }
    if (timings) {
      clock.mark("report written");
      clock.lines().forEach(err::println);
    }
    if (format == Format.checkpatch && mails.patches().isEmpty()) {
      // Nothing to check (a cover letter, a reply): b4 0.15 takes a silent non-zero exit for a failed check.
      return ExitCode.OK;
    }
    return result.exitCode();
  }


  private String render(Report report, Terminal terminal) {
    return switch (format) {
      case text -> full ? TextRenderer.renderFull(report, textStyle(terminal))
          : TextRenderer.render(report, textStyle(terminal));
      case json -> full ? JsonRenderer.renderFull(report) : JsonRenderer.render(report);
      case md -> MarkdownRenderer.render(report);
      case mail -> full ? MailRenderer.renderFull(report) : MailRenderer.render(report);
      case checks -> ChecksRenderer.render(report);
      case checkpatch -> CheckpatchRenderer.render(report);
      case html -> HtmlRenderer.render(report);
    };
  }

  private TextRenderer.Style textStyle(Terminal terminal) {
    return new TextRenderer.Style(colour(terminal), width(terminal));
  }

  /**
   * The width the text report wraps at: --width, else the terminal's when the report goes to one; piped or written
   * to a file, a finding stays on one line so that grep sees it whole.
   */
  private int width(Terminal terminal) {
    if (width != null) {
      return width == 0 ? Integer.MAX_VALUE : width;
    }
    return output == null && terminal.stdoutTty() ? terminal.columns() : Integer.MAX_VALUE;
  }

  /** {@code always} and {@code never} as said; {@code auto} only when the report goes to a terminal. */
  private boolean colour(Terminal terminal) {
    return color == When.always || (color == When.auto && output == null && terminal.colour("auto"));
  }

  private void emit(String text) throws IOException {
    if (output != null) {
      writeAtomically(output, text);
    } else {
      out.print(text);
      out.flush();
    }
  }

  private ReviewOptions withBase(ReviewOptions o, String ref) {
    if (ref.equals("base")) {
      return o.withBase(o.base(), "the modelled kernel (base)");
    }
    BaseList.Chosen chosen = BaseList.resolve(o.history(), ref);
    return o.withBase(chosen.tree(), "the modelled kernel at " + chosen.name());
  }

  private MailReadResult readMail() throws IOException {
    if (version != null && fromReply) {
      throw new Cli.UsageError(
          "--series-version and --from-reply cannot be used together: a reply is not a version of the series");
    }
    ReadOptions read = new ReadOptions(version == null ? 0 : version, fromReply);
    if (!file.equals("-")) {
      return MailReader.read(Path.of(file), read);
    }
    try (InputStream in = System.in) {
      return MailReader.read(in, "<stdin>", read);
    }
  }

  /**
   * Refuses an output the report could not be written to before any work is done: a usage error, not a crash. A
   * symbolic link is written through; a device, FIFO or directory is refused rather than replaced.
   */
  private void checkOutput() throws IOException {
    if (output == null) {
      return;
    }
    Path target;
    try {
      target = org.patchreview.AtomicWrite.check(output);
    } catch (org.patchreview.AtomicWrite.Refused e) {
      throw new Cli.UsageError("--output " + e.getMessage());
    }
    if (!file.equals("-") && Files.exists(target) && Files.exists(Path.of(file))
        && Files.isSameFile(target, Path.of(file))) {
      throw new Cli.UsageError("--output would overwrite the input " + file);
    }
  }

  private void writeAtomically(Path out, String text) throws IOException {
    org.patchreview.AtomicWrite.text(out, text);
  }

}
