package org.patchreview.cli;

import java.io.PrintWriter;
import org.patchreview.ExitCode;
import picocli.CommandLine;

/** The {@code review} command line: parses the arguments and hands over to a subcommand. */
@CommandLine.Command(name = "review", mixinStandardHelpOptions = true, version = "review 0.1.0",
    description = "Replays Linux kernel patches on a modelled kernel and reports what behaves differently.",
    subcommands = {ApplyCommand.class, CorpusCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:replayed, no regression (corpus: every entry matches)",
        "1:replayed, at least one run regressed (corpus: a mismatch)",
        "2:usage error",
        "3:the input could not be processed (no patch, does not apply, does not parse after patching)",
        "70:internal error"})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams; returns the exit code (tests call this). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      err.println("review: internal error: " + e + (System.getenv("REVIEW_DEBUG") == null
          ? " (set REVIEW_DEBUG=1 for the stack trace)" : ""));
      if (System.getenv("REVIEW_DEBUG") != null) {
        e.printStackTrace(err);
      }
      return ExitCode.INTERNAL;
    });
    cl.setParameterExceptionHandler((e, a) -> {
      err.println("review: " + e.getMessage());
      err.println("Try 'review --help' for usage.");
      return ExitCode.USAGE;
    });
    return cl.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try 'review apply FILE')");
  }
}
