package org.patchreview.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.patchreview.ExitCode;
import org.patchreview.c.Config;
import org.patchreview.c.FileParse;
import org.patchreview.c.ParseTotals;
import org.patchreview.c.SourceParser;
import org.patchreview.diag.Diagnostic;
import org.patchreview.report.ParseRenderer;
import picocli.CommandLine;

/** {@code review parse PATH...}: parse kernel C files as they are and report what parsed, as spatch --parse-c does. */
@CommandLine.Command(name = "parse", mixinStandardHelpOptions = true,
    description = "Parse C files as they are, without their headers (directories: every .c file under them), and "
        + "report per file and in total the lines parsed and not parsed, the functions, and the tokens parsing "
        + "stopped at, like spatch --parse-c.")
final class ParseCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Parameters(paramLabel = "PATH", arity = "1..*", description = "C files or directories")
  List<Path> paths;

  @CommandLine.Option(names = "--config", paramLabel = "FILE",
      description = "a kernel .config deciding CONFIG_ conditions (default: none; both branches are parsed)")
  Path config;

  @CommandLine.Option(names = "--totals", description = "print only the totals and the problem tokens")
  boolean totalsOnly;

  @CommandLine.Option(names = "--top", paramLabel = "N", defaultValue = "10",
      description = "how many problem tokens to show (default: ${DEFAULT-VALUE})")
  int top;

  @CommandLine.Option(names = "--min-good", paramLabel = "PERCENT",
      description = "exit with 1 when less than PERCENT of the lines are good or passed")
  Double minGood;

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    Config cfg = null;
    if (config != null) {
      if (!Files.isRegularFile(config)) {
        err.println("review: " + config + ": error: no such config file");
        return ExitCode.BAD_INPUT;
      }
      Config.ConfigReadResult read = Config.parse(config.toString(), config.toString(),
          Files.readString(config, StandardCharsets.ISO_8859_1));
      if (!read.problems().isEmpty()) {
        read.problems().forEach(d -> err.println("review: " + d.oneLine()));
        return ExitCode.BAD_INPUT;
      }
      cfg = read.config();
    }
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(f -> f.toString().endsWith(".c") && Files.isRegularFile(f)).sorted().forEach(files::add);
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        err.println("review: " + p + ": error: no such file or directory");
        return ExitCode.BAD_INPUT;
      }
    }
    Config chosen = cfg;
    List<FileParse> parses = files.parallelStream().map(f -> parse(f, chosen)).toList();
    for (FileParse p : parses) {
      if (p == null) {
        return ExitCode.BAD_INPUT;
      }
    }
    ParseTotals totals = ParseTotals.of(parses, top);
    spec.commandLine().getOut().print(ParseRenderer.text(parses, totals, !totalsOnly));
    spec.commandLine().getOut().flush();
    return minGood != null && totals.percentGood() < minGood ? ExitCode.REGRESSION : ExitCode.OK;
  }

  private FileParse parse(Path file, Config cfg) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      spec.commandLine().getErr().println("review: " + Diagnostic.error(file.toString(), 0,
          "cannot read: " + e.getMessage()).oneLine());
      return null;
    }
    return SourceParser.parse(file.toString(), new String(bytes, StandardCharsets.UTF_8), cfg);
  }
}
