package org.patchreview.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.patchreview.c.CParser;
import org.patchreview.c.Config;
import org.patchreview.c.Span;
import org.patchreview.c.TranslationUnit;
import org.patchreview.interp.Coverage;
import org.patchreview.interp.Environment;
import org.patchreview.interp.ExecutionListener;
import org.patchreview.interp.Machine;
import org.patchreview.interp.Primitives;
import org.patchreview.interp.Program;
import org.patchreview.tree.SourceTree;

/**
 * Which changes a run's coverage can prove unreached: each case is C before and after, a call run on the build before
 * with its coverage recorded, and what the proof says. Where it says "unreached", the call is also run after the
 * change and must return the same, as the proof claims.
 */
class ChangedCodeTest {
  private static final String G = "int g(int x)\n{\n\tif (x > 5) {\n\t\treturn x * 2;\n\t}\n\treturn x;\n}\n";

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("a return in a branch the run did not take", G,
            G.replace("x * 2", "x * 3"), "g", 1, "unreached"),
        Arguments.of("the same branch, taken", G, G.replace("x * 2", "x * 3"), "g", 7, "reached"),
        Arguments.of("a statement the run executed", G, G.replace("return x;", "return x + 1;"), "g", 1,
            "reached"),
        Arguments.of("an empty block filled, the branch taken (blocks mark themselves)",
            "int h(int x)\n{\n\tint y = 0;\n\tif (x) {\n\t}\n\treturn y;\n}\n",
            "int h(int x)\n{\n\tint y = 0;\n\tif (x) { y = 1;\n\t}\n\treturn y;\n}\n", "h", 1, "reached"),
        Arguments.of("the same block, not taken",
            "int h(int x)\n{\n\tint y = 0;\n\tif (x) {\n\t}\n\treturn y;\n}\n",
            "int h(int x)\n{\n\tint y = 0;\n\tif (x) { y = 1;\n\t}\n\treturn y;\n}\n", "h", 0, "unreached"),
        Arguments.of("break turned into continue in a loop that ran (jumps mark themselves)",
            "int l(int n)\n{\n\tint i;\n\tfor (i = 0; i < n; i++) {\n\t\tbreak;\n\t}\n\treturn i;\n}\n",
            "int l(int n)\n{\n\tint i;\n\tfor (i = 0; i < n; i++) {\n\t\tcontinue;\n\t}\n\treturn i;\n}\n", "l", 3,
            "reached"),
        Arguments.of("a function the run never called",
            G + "int k(void)\n{\n\treturn 1;\n}\n", G + "int k(void)\n{\n\treturn 2;\n}\n", "g", 3, "unreached"),
        Arguments.of("a string in a branch not taken (a message's text)",
            "int printk(const char *f, ...);\nint m(int e)\n{\n\tif (e < 0)\n\t\tprintk(\"failed: %d\", e);\n"
                + "\treturn 0;\n}\n",
            "int printk(const char *f, ...);\nint m(int e)\n{\n\tif (e < 0)\n\t\tprintk(\"it failed: %d\", e);\n"
                + "\treturn 0;\n}\n", "m", 0, "unreached"),
        Arguments.of("a switch wholly inside the changed statement",
            "int s(int x)\n{\n\tif (x > 9) {\n\t\tswitch (x) { case 10: return 1; default: return 2; }\n\t}\n"
                + "\treturn 0;\n}\n",
            "int s(int x)\n{\n\tif (x > 9) {\n\t\tswitch (x) { case 10: return 3; default: return 2; }\n\t}\n"
                + "\treturn 0;\n}\n", "s", 1, "unreached"),
        Arguments.of("a label a goto from outside may reach", G,
            G.replace("\t\treturn x * 2;\n", "\t\tout: return x * 2;\n"), "g", 1, "unprovable"),
        Arguments.of("a case label added where the switch outside can jump",
            "int c(int x)\n{\n\tswitch (x) {\n\tcase 1:\n\t\tif (0) {\n\t\t\tx = 5;\n\t\t}\n\t\treturn x;\n\t}\n"
                + "\treturn 0;\n}\n",
            "int c(int x)\n{\n\tswitch (x) {\n\tcase 1:\n\t\tif (0) {\n\t\t\tcase 2: x = 5;\n\t\t}\n\t\treturn x;\n"
                + "\t}\n\treturn 0;\n}\n", "c", 3, "unprovable"),
        Arguments.of("a local declared (the frame's layout changes)", G,
            G.replace("\t\treturn x * 2;\n", "\t\tint y = 2; return x * y;\n"), "g", 1, "unprovable"),
        Arguments.of("a static local (placed in the image)",
            "int t(int x)\n{\n\tif (x) {\n\t\tstatic int n = 1;\n\t\treturn n;\n\t}\n\treturn 0;\n}\n",
            "int t(int x)\n{\n\tif (x) {\n\t\tstatic int n = 2;\n\t\treturn n;\n\t}\n\treturn 0;\n}\n", "t", 0,
            "unprovable"),
        Arguments.of("a global's initial value", "int v = 1;\n" + G, "int v = 2;\n" + G, "g", 1, "unprovable"),
        Arguments.of("lines moved, with no patch to move the places through", G, "\n" + G, "g", 1, "unprovable"),
        Arguments.of("a comment changed in place", G, G.replace("{\n\t\treturn", "{ /* big */\n\t\treturn"), "g", 1,
            "nothing"),
        Arguments.of("lines moved, where the run's places can be moved with them", G, "\n" + G, "g", 1,
            "nothing, moved"),
        Arguments.of("lines moved above a change no run reaches", G, "\n" + G.replace("x * 2", "x * 3"), "g", 1,
            "unreached, moved"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void proves(String name, String before, String after, String function, long arg, String expected) {
    TranslationUnit a = unit(before);
    TranslationUnit b = unit(after);
    boolean moved = expected.endsWith(", moved");
    expected = expected.replace(", moved", "");
    ChangedCode changed = ChangedCode.between(List.of(a), List.of(b), moved);
    Coverage coverage = new Coverage();
    long result = call(a, function, arg, coverage);
    String got = !changed.provable() ? "unprovable" : changed.count() == 0 ? "nothing"
        : changed.reachedBy(coverage.spans()) ? "reached" : "unreached";
    assertEquals(expected, got, name);
    if (got.equals("unreached") || got.equals("nothing")) {
      assertEquals(result, call(b, function, arg, new Coverage()), name + ": the run after returns the same");
    }
  }

  private static TranslationUnit unit(String c) {
    SourceTree tree = SourceTree.of("t", Map.of("t.c", c.getBytes(StandardCharsets.UTF_8)));
    return CParser.parseFile(tree, new Config("t", Map.of()), "t.c").unit();
  }

  private static long call(TranslationUnit u, String function, long arg, Coverage coverage) {
    Program p = Program.link("t", List.of(u), Primitives::lookup);
    Machine m = Machine.create(p, Environment.NONE, ExecutionListener.NONE, Machine.Budget.DEFAULT);
    m.recordCoverage(coverage);
    return m.call(function, Span.NONE, arg);
  }

  @org.junit.jupiter.api.Test
  void aUnitAddedOrRemovedIsNotProvable() {
    TranslationUnit a = unit(G);
    assertEquals(false, ChangedCode.between(List.of(a), List.of()).provable());
    assertEquals(false, ChangedCode.between(List.of(a), List.of(unit(G.replace("int g", "int g2")))).provable(),
        "a function renamed");
  }
}
