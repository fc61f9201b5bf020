package org.patchreview.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Unpreprocessed C fixtures ({@code src/test/resources/c/raw}), one per macro or GNU construct, each stating what it
 * must parse to in {@code // expect:} lines: {@code functions N}, {@code passed N} (lines), {@code bad A-B} (lines
 * not parsed; none unless listed), {@code error LINE} (a failure reported there), {@code has KIND [NAME]} (a node of
 * that AST record type, with a string part equal to NAME), {@code config CONFIG_X=y} (parse under that config).
 */
class SourceParserTest {
  private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s*(\\w+)\\s*(.*)$", Pattern.MULTILINE);

  static Stream<Path> fixtures() throws IOException, URISyntaxException {
    Path dir = Path.of(SourceParserTest.class.getResource("/c/raw").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void parsesAsExpected(Path fixture) throws IOException {
    String text = Files.readString(fixture, StandardCharsets.UTF_8);
    String name = fixture.getFileName().toString();
    List<String> config = new ArrayList<>();
    Matcher m = EXPECT.matcher(text);
    while (m.find()) {
      if (m.group(1).equals("config")) {
        config.add(m.group(2).strip());
      }
    }
    FileParse p = SourceParser.parse(name, text,
        config.isEmpty() ? null : Config.parse("test", "test", String.join("\n", config)).config());
    TreeSet<Integer> bad = new TreeSet<>();
    TreeSet<Integer> errors = new TreeSet<>();
    m = EXPECT.matcher(text);
    while (m.find()) {
      String arg = m.group(2).strip();
      switch (m.group(1)) {
        case "functions" -> assertEquals(Integer.parseInt(arg), p.functions(), name + ": functions");
        case "passed" -> assertEquals(Integer.parseInt(arg), p.passed(), name + ": passed lines");
        case "bad" -> {
          String[] range = arg.split("-");
          for (int line = Integer.parseInt(range[0]); line <= Integer.parseInt(range[1]); line++) {
            bad.add(line);
          }
        }
        case "error" -> errors.add(Integer.parseInt(arg));
        case "has" -> {
          String[] kindName = arg.split("\\s+", 2);
          assertTrue(has(p.unit().decls(), kindName[0], kindName.length > 1 ? kindName[1] : null),
              name + ": the syntax tree has no " + arg);
        }
        case "config" -> { }
        default -> throw new AssertionError(name + ": unknown expectation " + m.group());
      }
    }
    assertEquals(bad.size(), p.bad(), name + ": bad lines; failures: " + failures(p));
    TreeSet<Integer> reported = new TreeSet<>();
    for (TopLevel t : p.failures()) {
      reported.add(t.error().line());
      assertEquals(name, t.error().file());
      for (int line = t.firstLine(); line <= t.lastLine(); line++) {
        assertTrue(bad.contains(line), name + ": line " + line + " reported bad: " + failures(p));
      }
    }
    assertEquals(errors, reported, name + ": lines of the reported failures");
    assertEquals(p.lines(), p.good() + p.passed() + p.bad());
  }

  @org.junit.jupiter.api.Test
  void aDeclarationNestedTooDeeplyFailsAlone() {
    String deep = "int a(void) { return 1; }\nint b = " + "(".repeat(20_000) + "1" + ")".repeat(20_000)
        + ";\nint c(void) { return 2; }\n";
    FileParse p = SourceParser.parse("deep.c", deep, null);
    assertEquals(2, p.functions());
    assertEquals(1, p.failures().size());
    assertEquals("deep.c:2:1: error: declaration nested too deeply to parse", p.failures().get(0).error().oneLine());
  }

  private static String failures(FileParse p) {
    return p.failures().stream().map(t -> t.error().oneLine()).toList().toString();
  }

  /** Whether a record of class {@code kind} with a String part equal to {@code name} is anywhere under {@code node}. */
  static boolean has(Object node, String kind, String name) {
    if (node instanceof List<?> list) {
      return list.stream().anyMatch(x -> has(x, kind, name));
    }
    if (node instanceof Map<?, ?> map) {
      return has(new ArrayList<>(map.values()), kind, name);
    }
    if (node == null || !node.getClass().isRecord()) {
      return false;
    }
    List<Object> parts = new ArrayList<>();
    for (RecordComponent c : node.getClass().getRecordComponents()) {
      try {
        parts.add(c.getAccessor().invoke(node));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    if (node.getClass().getSimpleName().equals(kind) && (name == null || parts.contains(name))) {
      return true;
    }
    return parts.stream().anyMatch(x -> has(x, kind, name));
  }
}
