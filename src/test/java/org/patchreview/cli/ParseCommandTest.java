package org.patchreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code review parse}: figures per file and in total, failures with file and line, exit codes. */
class ParseCommandTest {
  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void reportsEachFileTheTotalsAndEachFailure() throws IOException {
    write("good.c", "static int f(void)\n{\n\treturn 0;\n}\nEXPORT_SYMBOL(f);\n");
    Path bad = write("sub/bad.c", "int g(void)\n{\n\treturn 1 +;\n}\n\nint h(void)\n{\n\treturn 2;\n}\n");
    write("sub/ignored.h", "this is not C at all\n");
    CommandLineRun r = CommandLineRun.of("parse", dir.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains(bad + " "), r.out());
    assertTrue(r.out().matches("(?s).*\\ntotal +14 +10 +0 +4 +2 +71\\.43\\n.*"), r.out());
    assertTrue(r.out().contains("review: " + bad + ":3:12: error: syntax error at \";\" (lines 1-4 not parsed)"),
        r.out());
    assertTrue(r.out().contains("most problematic tokens:\n  ;"), r.out());
    assertTrue(r.out().contains("files: 2, perfect 1, with problems 1"), r.out());
    assertFalse(r.out().contains("ignored.h"), "directories give their .c files only");
  }

  @Test
  void filesAreListedInPathOrderWhateverOrderTheyAreParsedIn() throws IOException {
    // Parsed largest first; listed, and their problem tokens ranked, as the paths sort.
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      big.append("static int f").append(i).append("(int x)\n{\n\treturn x + ").append(i).append(";\n}\n");
    }
    big.append("int late(void)\n{\n\treturn 1 *;\n}\n");
    write("a-small.c", "int g(void)\n{\n\treturn 1 *;\n}\n");
    write("b-middle.c", "int h(void)\n{\n\treturn 2;\n}\nint k(void)\n{\n\treturn 3;\n}\n");
    write("c-big.c", big.toString());
    CommandLineRun r = CommandLineRun.of("parse", dir.toString());
    assertEquals(0, r.exitCode(), r.err());
    int a = r.out().indexOf("a-small.c ");
    int b = r.out().indexOf("b-middle.c ");
    int c = r.out().indexOf("c-big.c ");
    assertTrue(a >= 0 && a < b && b < c, r.out());
    assertTrue(r.out().contains("in 2 parse errors, e.g. " + dir.resolve("a-small.c") + ":3"), r.out());
    assertTrue(r.out().contains("functions: 42"), r.out());
  }

  @Test
  void minGoodTurnsALowRateIntoExitCodeOne() throws IOException {
    Path bad = write("bad.c", "int g(void)\n{\n\treturn 1 +;\n}\n");
    assertEquals(1, CommandLineRun.of("parse", "--totals", "--min-good", "99.5", bad.toString()).exitCode());
    assertEquals(0, CommandLineRun.of("parse", "--totals", "--min-good", "0", bad.toString()).exitCode());
  }

  @Test
  void theConfigDecidesConditions() throws IOException {
    Path c = write("c.c", "#ifdef CONFIG_A\nint a(void) { return 1; }\n#else\nint b(void) { return 2; }\n#endif\n");
    Path config = write("my.config", "CONFIG_A=y\n");
    CommandLineRun both = CommandLineRun.of("parse", "--totals", c.toString());
    assertTrue(both.out().contains("lines: 5, good 5, passed 0, bad 0"), both.out());
    assertTrue(both.out().contains("functions: 2"), both.out());
    CommandLineRun withConfig = CommandLineRun.of("parse", "--totals", "--config", config.toString(), c.toString());
    assertTrue(withConfig.out().contains("lines: 5, good 4, passed 1, bad 0"), withConfig.out());
    assertTrue(withConfig.out().contains("functions: 1"), withConfig.out());
  }

  @Test
  void badInputIsOneLineAndExitCodeThree() throws IOException {
    CommandLineRun missing = CommandLineRun.of("parse", dir.resolve("nope.c").toString());
    assertEquals(3, missing.exitCode());
    assertEquals("review: " + dir.resolve("nope.c") + ": error: no such file or directory\n", missing.err());
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CommandLineRun nothing = CommandLineRun.of("parse", empty.toString());
    assertEquals(3, nothing.exitCode());
    assertEquals("review: " + empty + ": error: no .c file under this directory\n", nothing.err());
    Path c = write("c.c", "int x;\n");
    Path config = write("bad.config", "CONFIG_A=y\nnonsense\n");
    CommandLineRun badConfig = CommandLineRun.of("parse", "--config", config.toString(), c.toString());
    assertEquals(3, badConfig.exitCode());
    assertTrue(badConfig.err().startsWith("review: " + config + ":2: error: not a config line"), badConfig.err());
    assertEquals(2, CommandLineRun.of("parse").exitCode());
  }

  @Test
  void whatIsNotCIsNotedAndSkipped() throws IOException {
    Path c = write("c.c", "int x;\n");
    Path text = write("notes.txt", "not C at all {{{\n");
    Path empty = Files.createDirectories(dir.resolve("empty2"));
    CommandLineRun r = CommandLineRun.of("parse", "--totals", text.toString(), c.toString(), empty.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("review: " + text + ": note: not a C file (.c or .h), skipped\nreview: " + empty
        + ": note: no .c file under this directory, skipped\n", r.err());
    assertTrue(r.out().contains("files: 1, perfect 1"), r.out());
    CommandLineRun none = CommandLineRun.of("parse", text.toString(), empty.toString());
    assertEquals(3, none.exitCode());
    assertTrue(none.err().endsWith("review: error: none of the 2 paths holds C to parse\n"), none.err());
  }
}
