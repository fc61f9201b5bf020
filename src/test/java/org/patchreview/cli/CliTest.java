package org.patchreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line's grammar: every way of giving an option, the help, and each mistake as one line and exit 2. */
class CliTest {
  private static ApplyCommand apply(String... args) {
    ApplyCommand c = new ApplyCommand(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertTrue(Cli.parse(c.command(), List.of(args)));
    return c;
  }

  @Test
  void optionsTakeTheirValueAfterASpaceAnEqualsSignOrGluedToAShortName() {
    ApplyCommand c = apply("--format", "json", "--fuzz=2", "-oreport.json", "--base", "v4.12", "-R", "mail.mbox");
    assertEquals(ApplyCommand.Format.json, c.format);
    assertEquals(2, c.fuzz);
    assertEquals(Path.of("report.json"), c.output);
    assertEquals("v4.12", c.base);
    assertTrue(c.reverse);
    assertEquals("mail.mbox", c.file);
    ApplyCommand d = apply("-o", "out", "--reverse", "-");
    assertEquals(Path.of("out"), d.output);
    assertTrue(d.reverse);
    assertEquals("-", d.file, "a lone dash is standard input, not an option");
  }

  @Test
  void shortFlagsMayBeClustered() {
    ApplyCommand c = apply("-Ro", "out.json", "m");
    assertTrue(c.reverse);
    assertEquals(Path.of("out.json"), c.output);
    ApplyCommand d = apply("-Roout.json", "m");
    assertTrue(d.reverse);
    assertEquals(Path.of("out.json"), d.output);
    ApplyCommand e = new ApplyCommand(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertFalse(Cli.parse(e.command(), List.of("-Rh")), "-h in a cluster asks for help");
  }

  @Test
  void defaultsHoldWhenNothingIsGiven() {
    ApplyCommand c = apply("m");
    assertEquals(ApplyCommand.Format.text, c.format);
    assertEquals(ApplyCommand.When.auto, c.color);
    assertEquals(0, c.fuzz);
    assertEquals(null, c.version);
    assertFalse(c.check || c.reverse || c.fromReply || c.ignoreWhitespace || c.timings);
  }

  @Test
  void afterTwoDashesEverythingIsAParameter() {
    assertEquals("--check", apply("--", "--check").file);
    ParseCommand p = new ParseCommand(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertTrue(Cli.parse(p.command(), List.of("a.c", "--totals", "--", "-h", "--top")));
    assertEquals(List.of(Path.of("a.c"), Path.of("-h"), Path.of("--top")), p.paths);
    assertTrue(p.totalsOnly);
  }

  @Test
  void helpAnywhereBeforeTwoDashesWinsOverEveryMistake() {
    ApplyCommand c = new ApplyCommand(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertFalse(Cli.parse(c.command(), List.of("--format", "nonsense", "-h")));
    assertFalse(Cli.parse(c.command(), List.of("--help")));
    CommandLineRun run = CommandLineRun.of("apply", "--help");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().startsWith("Usage: review apply [OPTION]... FILE\n"), run.out());
    for (String option : List.of("--format=FORMAT", "-o, --output=OUT", "-R, --reverse", "--check", "--tree=PATH",
        "-h, --help")) {
      assertTrue(run.out().contains(option), option + " in\n" + run.out());
    }
    assertTrue(CommandLineRun.of("corpus", "-h").out().contains("--only=ENTRY[,ENTRY...]"));
    assertTrue(CommandLineRun.of("parse", "--help").out().startsWith("Usage: review parse [OPTION]... PATH...\n"));
    CommandLineRun main = CommandLineRun.of("--help");
    assertTrue(main.out().contains("Exit codes:") && main.out().contains("70  internal error"), main.out());
    assertEquals("review 0.1.0\n", CommandLineRun.of("--version").out());
    assertEquals("review 0.1.0\n", CommandLineRun.of("-V").out());
  }

  @Test
  void helpLinesFitTheWidth() {
    ApplyCommand c = new ApplyCommand(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    for (int width : new int[] {60, 80, 120}) {
      for (String line : Cli.help("review apply", c.command(), width).split("\n")) {
        assertTrue(line.length() <= width, width + ": " + line);
      }
    }
  }

  @Test
  void onlyIsSplitAtCommasAndMayBeRepeated() {
    CorpusCommand c = new CorpusCommand(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertTrue(Cli.parse(c.command(), List.of("--only", "0001,0003", "--only=0007")));
    assertEquals(List.of("0001", "0003", "0007"), c.only);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''|missing command (try 'review apply FILE')|review",
      "bogus|unknown command 'bogus' (commands: apply, corpus, parse, explore, compare, equiv)|review",
      "--bogus|unknown option '--bogus'|review",
      "apply|missing required parameter 'FILE'|review apply",
      "apply a b|unexpected argument 'b' (argument 2)|review apply",
      "apply --fuzz|option '--fuzz' needs a value (N)|review apply",
      "apply --fuzz x m|invalid value for option '--fuzz': 'x' is not an int|review apply",
      "apply --format xml m|invalid value for option '--format': expected one of [text, json, md, mail, checks, checkpatch, html]"
          + " but was 'xml'|review apply",
      "apply --check=yes m|option '--check' takes no value, but was given 'yes'|review apply",
      "apply --nope m|unknown option '--nope'|review apply",
      "apply -x m|unknown option '-x'|review apply",
      "parse --min-good lots a.c|invalid value for option '--min-good': 'lots' is not a number|review parse",
      "parse|missing required parameter 'PATH'|review parse",
      "corpus extra|unexpected argument 'extra' (argument 1)|review corpus",
      "apply --fuzz -1 m|--fuzz must be 0 or more, not -1|review apply",
      "apply --fuzz=-1 m|--fuzz must be 0 or more, not -1|review apply",
      "apply -Rx m|unknown option '-x'|review apply",
      "parse --top -1 a.c|--top must be 0 or more, not -1|review parse",
      "parse --min-good 101 a.c|--min-good must be a percentage from 0 to 100, not 101|review parse",
      "parse --min-good NaN a.c|--min-good must be a percentage from 0 to 100, not NaN|review parse",
      "apply --version 0 m|--version must be 1 or more, not 0|review apply",
      "corpus --only 0003,|--only '0003,': an empty entry name (a stray comma?)|review corpus",
  })
  void eachMistakeIsOneLineAndExitTwo(String args, String message, String program) {
    CommandLineRun run = CommandLineRun.of(args.isEmpty() ? new String[0] : args.split(" "));
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("review: " + message + "\nTry '" + program + " --help' for usage.\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void aPathThatCannotBeOneIsAUsageError() {
    Cli.UsageError e = assertThrows(Cli.UsageError.class, () -> Cli.path("--tree", "a\0b"));
    assertTrue(e.getMessage().startsWith("invalid value for option '--tree': "), e.getMessage());
  }
}
