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
import org.patchreview.c.TranslationUnit;
import org.patchreview.tree.SourceTree;

/** What the layout diff says about a struct a patch changes: pahole's holes and padding, and what pahole does not say. */
class LayoutNotesTest {
  private static final String PREFIX = "typedef _Bool bool;\ntypedef unsigned char u8;\n";

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("a hole opens when a char goes before an int",
            "struct s { int a; int b; };", "struct s { int a; char c; int b; };",
            List.of("size grows from 8 to 12 bytes", "new member c at offset 4", "b moves from 4 to 8",
                "new 3 bytes hole after c (pahole: try to pack)")),
        Arguments.of("reordering closes the hole and the padding shrinks",
            "struct s { char a; int b; char c; };", "struct s { int b; char a; char c; };",
            List.of("size shrinks from 12 to 8 bytes", "b moves from 4 to 0", "a moves from 0 to 4",
                "c moves from 8 to 5", "the 3 bytes hole after a is gone", "padding at the end: 3 -> 2 bytes")),
        Arguments.of("a bool turned into a bitfield beside another bitfield",
            "struct s { void *p; bool flag; };", "struct s { void *p; unsigned int flag:1; unsigned int other:1; };",
            List.of("size unchanged (8 bytes)",
                "flag becomes a 1-bit field: stores are truncated to the field's width (a bool normalised any"
                    + " non-zero value to 1; the field keeps only the low bit), and &flag no longer compiles",
                "new member other (1-bit field at byte 4)",
                "flag and other now share a 4-byte storage unit at byte 4: a store to either rewrites both, so"
                    + " updates from two contexts race unless one lock covers both")),
        Arguments.of("bitfields that already shared a unit are not news; their unit's tail becomes a hole",
            "struct s { unsigned int a:1; unsigned int b:1; };",
            "struct s { unsigned int a:1; unsigned int b:1; int c; };",
            List.of("size grows from 4 to 8 bytes", "new member c at offset 4",
                "new 30 bits hole after b (pahole: try to pack)", "padding at the end: 3 -> 0 bytes")),
        Arguments.of("a bit hole inside a storage unit",
            "struct s { u8 a:2; u8 b:6; };", "struct s { u8 a:2; u8 :0; u8 b:6; };",
            List.of("size grows from 1 to 2 bytes", "b moves from 0:2/6 to 1:0/6",
                "new 6 bits hole after a (pahole: try to pack)")),
        Arguments.of("a union has no holes",
            "union u { char c; int i; };", "union u { char c; long long l; };",
            List.of("size grows from 4 to 8 bytes", "new member l at offset 0", "member i removed")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void notes(String name, String before, String after, List<String> expected) {
    List<LayoutDiff> diffs = LayoutDiffer.diff("default", unit(before), unit(after),
        List.of(new LayoutDiffer.Touched("t.c", List.of(new int[] {1, 100}), List.of(new int[] {1, 100}))));
    assertEquals(1, diffs.size(), name);
    assertEquals(expected, diffs.get(0).notes(), name);
  }

  private static List<TranslationUnit> unit(String struct) {
    SourceTree tree = SourceTree.of("t", Map.of("t.c", (PREFIX + struct + "\n").getBytes(StandardCharsets.UTF_8)));
    return List.of(CParser.parseFile(tree, new Config("default", Map.of()), "t.c").unit());
  }
}
