package org.patchreview.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.patchreview.tree.SourceTree;

/**
 * An include replayed from {@link IncludeMemo} leaves the unit exactly as reading the header again would: the same
 * segments token for token, diagnostics, files read, includes missed; and it is replayed only where its circumstances
 * hold.
 */
class IncludeMemoTest {
  @BeforeEach
  void forget() {
    IncludeMemo.SHARED.forget();
  }

  /**
   * Every unit of every bundled state, under every config, the states in history order so that each replays what the
   * ones before it kept, against the same unit read the long way.
   */
  @Test
  void everyBundledUnitReadsTheSameReplayed() {
    Set<SourceTree> states = BundledStates.states();
    List<Config> configs = BundledStates.configs();
    Map<String, List<Map.Entry<SourceTree, Set<String>>>> checked = new HashMap<>();
    int compared = 0;
    for (SourceTree tree : states) {
      for (Config config : configs) {
        for (String unit : KernelBuild.sources(tree, config, new ArrayList<>())) {
          PreprocessResult replayed = Preprocessor.preprocess(tree, config, unit, true);
          // A unit whose files all read as in a state checked before gives what it gave there.
          List<Map.Entry<SourceTree, Set<String>>> seen = checked.computeIfAbsent(config.name() + " " + unit,
              k -> new ArrayList<>());
          if (seen.stream().anyMatch(s -> s.getValue().stream().allMatch(f -> tree.sameFile(f, s.getKey())))) {
            continue;
          }
          assertSame(Preprocessor.preprocess(tree, config, unit, false), replayed, config.name() + " " + unit);
          seen.add(Map.entry(tree, replayed.files()));
          compared++;
        }
      }
    }
    assertTrue(compared > 100, "units compared: " + compared);
    assertTrue(IncludeMemo.SHARED.size() > 0);
  }

  @Test
  void aHeaderIsReadAgainWhereAMacroItLooksAtDiffers() {
    SourceTree tree = tree(Map.of(
        "include/h.h", "#ifdef WIDE\nlong v;\n#else\nint v;\n#endif\n#define H_DONE 1\n",
        "a.c", "#define WIDE\n#include <h.h>\nint a = H_DONE;\n",
        "b.c", "#include <h.h>\nint b = H_DONE;\n",
        "c.c", "#define WIDE\n#include <h.h>\n#include <h.h>\n"));
    PreprocessResult a = checked(tree, "a.c");
    PreprocessResult b = checked(tree, "b.c");
    checked(tree, "c.c");
    assertTrue(text(a).contains("long v ;") && text(a).contains("int a = 1 ;"), text(a));
    assertTrue(text(b).contains("int v ;") && text(b).contains("int b = 1 ;"), text(b));
    // Under WIDE and without it, then a second include (its circumstances: WIDE and H_DONE both defined).
    assertEquals(3, IncludeMemo.SHARED.size());
  }

  @Test
  void anEditedHeaderIsReadAgainWithEveryHeaderThatIncludesIt() {
    Map<String, String> files = new LinkedHashMap<>(Map.of(
        "include/outer.h", "#include <inner.h>\nstruct outer { struct inner i; };\n",
        "include/inner.h", "struct inner { int x; };\n",
        "include/other.h", "int other;\n",
        "a.c", "#include <outer.h>\n#include <other.h>\nint a;\n"));
    SourceTree before = tree(files);
    checked(before, "a.c");
    SourceTree after = before.with(Map.of("include/inner.h",
        "struct inner { int x; int y; };\n".getBytes(StandardCharsets.UTF_8)), Set.of(), "after");
    PreprocessResult a = checked(after, "a.c");
    assertTrue(text(a).contains("int y ;"), text(a));
  }

  @Test
  void anIncludeIsReadAgainWhereAFileItMissedNowExists() {
    SourceTree before = tree(Map.of(
        "include/h.h", "#include \"near.h\"\n",
        "arch/arm/include/near.h", "int elsewhere;\n",
        "a.c", "#include <h.h>\n"));
    assertTrue(text(checked(before, "a.c")).contains("elsewhere"));
    // A quoted include looks beside its includer first: include/ had no near.h before, has one after.
    SourceTree after = before.with(Map.of("include/near.h", "int near;\n".getBytes(StandardCharsets.UTF_8)),
        Set.of(), "after");
    assertTrue(text(checked(after, "a.c")).contains("int near ;"));
  }

  @Test
  void configAnswersDiagnosticsAndDefinitionsReplayAsRead() {
    SourceTree tree = tree(Map.of(
        "include/h.h", "#if IS_ENABLED(CONFIG_X)\nint x;\n#endif\n#warning careful\n#undef GONE\n#define KEPT 2\n"
            + "#include <missing.h>\n",
        "a.c", "#define GONE 1\n#include <h.h>\nint a = GONE + KEPT;\n",
        "b.c", "#define GONE 1\n#include <h.h>\nint b = GONE + KEPT;\n"));
    Config on = new Config("on", Map.of("CONFIG_X", "y"));
    Config off = new Config("off", Map.of());
    PreprocessResult a = checked(tree, on, "a.c");
    PreprocessResult b = checked(tree, on, "b.c");
    PreprocessResult c = checked(tree, off, "b.c");
    assertTrue(text(a).contains("int x ;") && text(a).contains("int a = GONE + 2 ;"), text(a));
    assertEquals(2, b.diagnostics().size(), b.diagnostics().toString());
    assertTrue(!text(c).contains("int x ;"), text(c));
  }

  @Test
  void anIncludeThatReachedTheDepthLimitIsNotKept() {
    SourceTree tree = tree(Map.of(
        "include/loop.h", "int l;\n#include <loop.h>\n",
        "a.c", "#include <loop.h>\n",
        "b.c", "#include <loop.h>\n"));
    PreprocessResult a = checked(tree, "a.c");
    checked(tree, "b.c");
    assertTrue(a.diagnostics().stream().anyMatch(d -> d.message().contains("nested more than")), a.toString());
    assertEquals(0, IncludeMemo.SHARED.size());
  }

  @Test
  void aStrayEndifOrElseIsAnErrorInItsHeaderAndLeavesTheIncludersConditionalAlone() {
    SourceTree tree = tree(Map.of(
        "include/h.h", "int h;\n#endif\n",
        "include/e.h", "#else\nint e;\n",
        "a.c", "#include <h.h>\n#include <e.h>\n",
        "b.c", "#ifdef __KERNEL__\n#include <h.h>\nint b;\n#endif\n",
        "c.c", "#ifdef __KERNEL__\n#include <e.h>\nint c;\n#endif\n"));
    // Each order: the header read first where no conditional is open, then inside an #ifdef, and the other way round.
    for (List<String> order : List.of(List.of("a.c", "b.c", "c.c"), List.of("b.c", "c.c", "a.c"))) {
      IncludeMemo.SHARED.forget();
      for (String unit : order) {
        checked(tree, unit);
      }
    }
    PreprocessResult b = Preprocessor.preprocess(tree, new Config("test", Map.of()), "b.c", true);
    assertEquals(List.of("include/h.h:2"), b.diagnostics().stream().map(d -> d.file() + ":" + d.line()).toList());
    assertTrue(text(b).contains("int h ;") && text(b).contains("int b ;"), text(b));
    PreprocessResult c = Preprocessor.preprocess(tree, new Config("test", Map.of()), "c.c", true);
    assertEquals(List.of("include/e.h:1"), c.diagnostics().stream().map(d -> d.file() + ":" + d.line()).toList());
    assertTrue(text(c).contains("int e ;") && text(c).contains("int c ;"), text(c));
  }

  private static SourceTree tree(Map<String, String> files) {
    Map<String, byte[]> bytes = new HashMap<>();
    files.forEach((p, t) -> bytes.put(p, t.getBytes(StandardCharsets.UTF_8)));
    return SourceTree.of("test", bytes);
  }

  private static PreprocessResult checked(SourceTree tree, String unit) {
    return checked(tree, new Config("test", Map.of()), unit);
  }

  /** The unit preprocessed with includes replayed, checked against the long way. */
  private static PreprocessResult checked(SourceTree tree, Config config, String unit) {
    PreprocessResult replayed = Preprocessor.preprocess(tree, config, unit, true);
    assertSame(Preprocessor.preprocess(tree, config, unit, false), replayed, unit);
    return replayed;
  }

  private static String text(PreprocessResult r) {
    StringBuilder sb = new StringBuilder();
    for (Segment s : r.segments()) {
      for (CToken t : s.tokens()) {
        sb.append(t.getText()).append(' ');
      }
    }
    return sb.toString();
  }

  private static void assertSame(PreprocessResult expected, PreprocessResult actual, String what) {
    assertEquals(expected.files(), actual.files(), what);
    assertEquals(expected.absent(), actual.absent(), what);
    assertEquals(expected.diagnostics(), actual.diagnostics(), what);
    assertEquals(expected.segments().size(), actual.segments().size(), what);
    for (int i = 0; i < expected.segments().size(); i++) {
      Segment e = expected.segments().get(i);
      Segment a = actual.segments().get(i);
      assertEquals(e.file(), a.file(), what);
      assertEquals(e.tokens().size(), a.tokens().size(), what + " segment " + i);
      for (int j = 0; j < e.tokens().size(); j++) {
        CToken x = e.tokens().get(j);
        CToken y = a.tokens().get(j);
        if (x.getType() != y.getType() || !x.getText().equals(y.getText()) || !x.file().equals(y.file())
            || x.getLine() != y.getLine() || x.getCharPositionInLine() != y.getCharPositionInLine()
            || !x.hideset().equals(y.hideset()) || x.spaceBefore() != y.spaceBefore()) {
          throw new AssertionError(what + " segment " + i + " token " + j + ": " + x + " against " + y);
        }
      }
    }
  }
}
