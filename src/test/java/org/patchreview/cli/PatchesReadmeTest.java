package org.patchreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every mail of patches/ run as patches/README.md says (review apply --base v4.12-rc1 FILE, and without --base),
 * giving the exit code its row of the table documents.
 */
class PatchesReadmeTest {
  private static final Path README = Path.of("patches/README.md");
  private static final Pattern ROW = Pattern.compile("(?m)^\\| `(\\d{4}-[^`]+\\.mbox)` \\|.*\\| (.*) \\|$");
  private static final Pattern EXIT = Pattern.compile("Exit (\\d+)\\.");
  private static final Pattern WITHOUT_BASE = Pattern.compile("without `--base`[^|]*?exit (\\d+)");

  /** File, exit code with --base v4.12-rc1, exit code without --base. */
  record Row(String file, int withBase, int without) {
    @Override
    public String toString() {
      return file;
    }
  }

  static List<Row> rows() throws IOException {
    List<Row> out = new ArrayList<>();
    Matcher m = ROW.matcher(Files.readString(README));
    while (m.find()) {
      Matcher exit = EXIT.matcher(m.group(2));
      assertTrue(exit.find(), "no 'Exit N.' in the row of " + m.group(1));
      Matcher without = WITHOUT_BASE.matcher(m.group(2));
      int code = Integer.parseInt(exit.group(1));
      out.add(new Row(m.group(1), code, without.find() ? Integer.parseInt(without.group(1)) : code));
    }
    return out;
  }

  @Test
  void everyMailIsInTheTable() throws IOException {
    List<String> documented = rows().stream().map(Row::file).sorted().toList();
    try (Stream<Path> files = Files.list(Path.of("patches"))) {
      assertEquals(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".mbox")).sorted().toList(),
          documented);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void exitsAsDocumented(Row row) {
    String file = "patches/" + row.file();
    CommandLineRun based = CommandLineRun.of("apply", "--base", "v4.12-rc1", file);
    assertEquals(row.withBase(), based.exitCode(), "--base v4.12-rc1 " + file + ": " + based.err());
    CommandLineRun plain = CommandLineRun.of("apply", file);
    assertEquals(row.without(), plain.exitCode(), file + ": " + plain.err());
  }
}
