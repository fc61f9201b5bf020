package org.patchreview.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.patchreview.ExitCode;
import org.patchreview.c.Config;
import org.patchreview.c.FileParse;
import org.patchreview.c.ParseTotals;
import org.patchreview.c.SourceParser;
import org.patchreview.diag.Diagnostic;
import org.patchreview.report.ParseRenderer;

/** {@code review parse PATH...}: parse kernel C files as they are and report what parsed, as spatch --parse-c does. */
final class ParseCommand extends Main.Runner {
  final List<Path> paths = new ArrayList<>();
  Path config;
  boolean totalsOnly;
  int top = 10;
  Double minGood;

  ParseCommand(java.io.PrintWriter out, java.io.PrintWriter err) {
    super(out, err);
  }

  @Override
  Cli.Command command() {
    return new Cli.Command("parse", "Parse C files as they are, without their headers (directories: every .c file "
        + "under them; other files are noted and skipped), and report per file and in total the lines parsed and not "
        + "parsed, the functions, and the tokens parsing stopped at, like spatch --parse-c.", List.of(
        Cli.value("--config", "FILE", "a kernel .config deciding CONFIG_ conditions (default: none; both branches "
            + "are parsed)", v -> config = Cli.path("--config", v)),
        Cli.flag("--totals", "print only the totals and the problem tokens", () -> totalsOnly = true),
        Cli.value("--top", "N", "how many problem tokens to show (default: 10)",
            v -> top = Cli.integer("--top", v, 0)),
        Cli.value("--min-good", "PERCENT", "exit with 1 when less than PERCENT of the lines are good or passed",
            v -> minGood = Cli.percent("--min-good", v))),
        new Cli.Positional("PATH", 1, true, "C files or directories", v -> paths.add(Cli.path("PATH", v))));
  }

  @Override
  int run() throws IOException {
    Config cfg = null;
    if (config != null) {
      cfg = readConfig();
      if (cfg == null) {
        return ExitCode.BAD_INPUT;
      }
    }
    List<Path> files = files();
    if (files == null) {
      return ExitCode.BAD_INPUT;
    }
    Config chosen = cfg;
    // On review's own workers, not a parallel stream: on Java 17 its caller spins while the last file is parsed.
    // Largest files first, so that the last one taken is a small one and neither core waits long for the other.
    FileParse[] parsed = new FileParse[files.size()];
    Integer[] order = largestFirst(files);
    org.patchreview.Workers.forEach(files.size(), k -> parsed[order[k]] = parse(files.get(order[k]), chosen));
    List<FileParse> parses = java.util.Arrays.asList(parsed);
    if (parses.stream().anyMatch(java.util.Objects::isNull)) {
      return ExitCode.BAD_INPUT;
    }
    ParseTotals totals = ParseTotals.of(parses, top);
    out.print(ParseRenderer.text(parses, totals, !totalsOnly));
    out.flush();
    return minGood != null && totals.percentGood() < minGood ? ExitCode.REGRESSION : ExitCode.OK;
  }

  /** The config named by --config, or null after saying what is wrong with it. */
  private Config readConfig() throws IOException {
    if (!Files.isRegularFile(config)) {
      err.println("review: " + config + ": error: no such config file");
      return null;
    }
    Config.ConfigReadResult read = Config.parse(config.toString(), config.toString(),
        Files.readString(config, StandardCharsets.ISO_8859_1));
    read.problems().forEach(d -> err.println("review: " + d.oneLine()));
    return read.problems().isEmpty() ? read.config() : null;
  }

  /**
   * The files to parse, directories giving their .c files in order; what is not C (another kind of file, a directory
   * without a .c file) is noted and skipped. Null after naming a path that is missing, or when nothing is left.
   */
  private List<Path> files() throws IOException {
    List<Path> files = new ArrayList<>();
    List<String[]> skipped = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        int had = files.size();
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(f -> f.toString().endsWith(".c") && Files.isRegularFile(f)).sorted().forEach(files::add);
        }
        if (files.size() == had) {
          skipped.add(new String[] {p.toString(), "no .c file under this directory"});
        }
      } else if (Files.isRegularFile(p)) {
        if (isC(p)) {
          files.add(p);
        } else {
          skipped.add(new String[] {p.toString(), "not a C file (.c or .h)"});
        }
      } else {
        err.println("review: " + p + ": error: no such file or directory");
        return null;
      }
    }
    if (files.isEmpty() && paths.size() == 1) {
      // Nothing parsed would read as "100.00% good" of nothing.
      err.println("review: " + skipped.get(0)[0] + ": error: " + skipped.get(0)[1]);
      return null;
    }
    skipped.forEach(s -> err.println("review: " + s[0] + ": note: " + s[1] + ", skipped"));
    if (files.isEmpty()) {
      err.println("review: error: none of the " + paths.size() + " paths holds C to parse");
      return null;
    }
    return files;
  }

  /** The indices of {@code files}, the largest file first (one that cannot be sized last: reading it will say why). */
  private static Integer[] largestFirst(List<Path> files) {
    long[] sizes = new long[files.size()];
    Integer[] order = new Integer[files.size()];
    for (int i = 0; i < sizes.length; i++) {
      order[i] = i;
      try {
        sizes[i] = Files.size(files.get(i));
      } catch (IOException e) {
        sizes[i] = -1;
      }
    }
    java.util.Arrays.sort(order, (a, b) -> Long.compare(sizes[b], sizes[a]));
    return order;
  }

  private static boolean isC(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".c") || name.endsWith(".h");
  }

  private FileParse parse(Path file, Config cfg) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      err.println("review: " + Diagnostic.error(file.toString(), 0,
          "cannot read: " + e.getMessage()).oneLine());
      return null;
    }
    return SourceParser.parse(file.toString(), new String(bytes, StandardCharsets.UTF_8), cfg);
  }
}
