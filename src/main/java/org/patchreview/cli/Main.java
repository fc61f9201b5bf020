package org.patchreview.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import org.patchreview.ExitCode;

/** The {@code review} command line: reads the command's name and options and hands over to it. */
public final class Main {
  static final String VERSION = "review 0.1.0";

  /**
   * A command: the options and parameters it takes, and what it does with them, writing to {@code out} and
   * {@code err} and returning the exit code.
   */
  abstract static class Runner {
    final PrintWriter out;
    final PrintWriter err;

    Runner(PrintWriter out, PrintWriter err) {
      this.out = out;
      this.err = err;
    }

    abstract Cli.Command command();

    abstract int run() throws Exception;
  }

  private static final String HELP = """
      Usage: review [-hV] COMMAND [OPTION]... [ARG]...
      Replays Linux kernel patches on a modelled kernel and reports what behaves differently.

        -h, --help      print this help and exit
        -V, --version   print the version and exit

      Commands (review COMMAND --help for each):
        apply   apply the patch mail(s) in FILE to the modelled kernel, replay every board, config and scenario
                before and after, and report the differences
        corpus  replay every patch of the modelled kernel's history and compare with the golden reports
        parse   parse C files as they are, like spatch --parse-c, and report what parsed
        explore explore every sequence of lifecycle actions to a depth on a modelled state; each problem with
                its shortest witness
        compare two versions of a patch on the same base: where their behaviour differs over every explored
                sequence, with shortest witnesses
        equiv   run the functions of a kernel tree (--tree) that the model has in place of the model's, and say
                which behave the same and where the others first differ

      Exit codes:
        0   replayed, no regression (corpus: every entry matches; parse: parsed)
        1   replayed, at least one run regressed (corpus: a mismatch; parse: below --min-good; explore: a
            problem found; compare: the two versions differ)
        2   usage error
        3   the input could not be processed (no patch, does not apply, does not parse after patching)
        70  internal error
      """;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams; returns the exit code (tests call this). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    String program = "review";
    try {
      if (args.length == 0) {
        throw new Cli.UsageError("missing command (try 'review apply FILE')");
      }
      List<String> rest = Arrays.asList(args).subList(1, args.length);
      Runner runner = switch (args[0]) {
        case "-h", "--help" -> {
          out.print(HELP);
          yield null;
        }
        case "-V", "--version" -> {
          out.println(VERSION);
          yield null;
        }
        case "apply" -> new ApplyCommand(out, err);
        case "corpus" -> new CorpusCommand(out, err);
        case "parse" -> new ParseCommand(out, err);
        case "explore" -> new ExploreCommand(out, err);
        case "compare" -> new CompareCommand(out, err);
        case "equiv" -> new EquivCommand(out, err);
        default -> throw new Cli.UsageError(args[0].startsWith("-") ? "unknown option '" + args[0] + "'"
            : "unknown command '" + args[0] + "' (commands: apply, corpus, parse, explore, compare, equiv)");
      };
      if (runner == null) {
        return ExitCode.OK;
      }
      program = "review " + args[0];
      Cli.Command command = runner.command();
      if (!Cli.parse(command, rest)) {
        out.print(Cli.help(program, command, Terminal.current().columns()));
        return ExitCode.OK;
      }
      return runner.run();
    } catch (Cli.UsageError e) {
      err.println("review: " + e.getMessage());
      err.println("Try '" + program + " --help' for usage.");
      return ExitCode.USAGE;
    } catch (Exception e) {
      // A file of the user's tree that cannot be read is bad input however deep it surfaced (a build, a future).
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof org.patchreview.tree.SourceTree.Unreadable u) {
          err.println("review: error: " + u.getMessage());
          return ExitCode.BAD_INPUT;
        }
      }
      return internal(e, err);
    } catch (StackOverflowError | OutOfMemoryError e) {
      return internal(e, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static int internal(Throwable e, PrintWriter err) {
    err.println("review: internal error: " + e + (System.getenv("REVIEW_DEBUG") == null
        ? " (set REVIEW_DEBUG=1 for the stack trace)" : ""));
    if (System.getenv("REVIEW_DEBUG") != null) {
      e.printStackTrace(err);
    }
    return ExitCode.INTERNAL;
  }
}
