package org.patchreview.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The expectation language of C snippets: what each directive reads as, and that malformed ones are problems. */
class SnippetFileTest {

  private static SnippetFile parse(String... lines) {
    return SnippetFile.parse("t.c", String.join("\n", lines));
  }

  private static Expectation only(SnippetFile f) {
    assertEquals(List.of(), f.problems());
    assertEquals(1, f.expectations().size());
    return f.expectations().get(0);
  }

  @Test
  void returnValueWithArguments() {
    Expectation.Returns r = assertInstanceOf(Expectation.Returns.class,
        only(parse("int x;", "// expect: f(3, -4, 0x10, 'a') == -0x2a")));
    assertEquals(2, r.line());
    assertEquals("expect: f(3, -4, 0x10, 'a') == -0x2a", r.text());
    assertEquals("f", r.call().function());
    assertArrayEquals(new long[] {3, -4, 16, 97}, r.call().args());
    assertEquals(Optional.of(BigInteger.valueOf(-42)), r.value());
  }

  @Test
  void returnWithoutValueAndHugeUnsignedValue() {
    assertEquals(Optional.empty(), ((Expectation.Returns) only(parse("// expect: g()"))).value());
    assertEquals(Optional.of(new BigInteger("18446744073709551615")),
        ((Expectation.Returns) only(parse("// expect: g() == 0xffffffffffffffff"))).value());
  }

  @Test
  void faultWithEveryClauseAndRelativeLines() {
    Expectation.Oopses o = assertInstanceOf(Expectation.Oopses.class, only(parse("", "", "",
        "// expect-fault: f() NULL_DEREFERENCE at +4 in g expr \"p->a\" stack \"g f\" \"NULL\" \"{file}\"")));
    assertEquals(FaultKind.NULL_DEREFERENCE, o.kind());
    assertEquals(Optional.of(8), o.shape().line());
    assertEquals(Optional.of("g"), o.shape().function());
    assertEquals(Optional.of("p->a"), o.shape().expression());
    assertEquals(Optional.of(List.of("g", "f")), o.shape().stack());
    assertEquals(List.of("NULL", "t.c"), o.shape().fragments());
  }

  @Test
  void reportsLogsAndWarnings() {
    SnippetFile f = parse("// expect-report: f() USE_AFTER_FREE at 3",
        "// expect-log: f() \"a \\\"quoted\\\" line\" level 6",
        "// expect-warn: f() at -1");
    assertEquals(List.of(), f.problems());
    assertEquals(FaultKind.USE_AFTER_FREE, ((Expectation.Reports) f.expectations().get(0)).kind());
    Expectation.Logs log = (Expectation.Logs) f.expectations().get(1);
    assertEquals("a \"quoted\" line", log.message());
    assertEquals(Optional.of(6), log.level());
    assertEquals(Optional.of(2), ((Expectation.Warns) f.expectations().get(2)).shape().line());
  }

  @Test
  void layoutDirectives() {
    SnippetFile f = parse("// expect-sizeof: struct foo == 12", "// expect-offsetof: struct foo.a.b == 0x8",
        "// expect-bitoffset: union u.x == 33", "// expect-alignof: unsigned long long == 8");
    assertEquals(List.of(), f.problems());
    Expectation.Layout offset = (Expectation.Layout) f.expectations().get(1);
    assertEquals(Expectation.Measure.OFFSETOF, offset.measure());
    assertEquals("struct foo", offset.type());
    assertEquals(List.of("a", "b"), offset.path());
    assertEquals(8, offset.value());
    assertEquals("union u", ((Expectation.Layout) f.expectations().get(2)).type());
    assertEquals("unsigned long long", ((Expectation.Layout) f.expectations().get(3)).type());
  }

  @Test
  void errorsConfigAndBudget() {
    SnippetFile f = parse("// config: CONFIG_A=y CONFIG_B=m", "// budget: steps=100 depth=8",
        "// expect-error: -1 \"syntax error\"", "// expect-error: inc/x.h:7 \"cannot\"");
    assertEquals(List.of(), f.problems());
    assertEquals(Map.of("CONFIG_A", "y", "CONFIG_B", "m"), f.config());
    assertEquals(new Machine.Budget(100, 8, SnippetFile.DEFAULT_BUDGET.heapBytes()), f.budget());
    Expectation.Error e = (Expectation.Error) f.expectations().get(0);
    assertEquals(2, e.errorLine());
    assertEquals(Optional.empty(), e.file());
    Expectation.Error inHeader = (Expectation.Error) f.expectations().get(1);
    assertEquals(Optional.of("inc/x.h"), inHeader.file());
    assertEquals(7, inHeader.errorLine());
  }

  @Test
  void malformedDirectivesAreProblemsNamingTheLine() {
    SnippetFile f = parse("// expect: f() = 3", "// expect-fault: f() NO_SUCH_KIND",
        "// expect-fault: f() USE_AFTER_FREE", "// expect-report: f() NULL_DEREFERENCE",
        "// expect-sizof: struct a == 1", "// expect f() == 1", "// config: FOO=y",
        "// expect-fault: f() DIVISION_BY_ZERO around 3", "// expect-log: f() unquoted");
    assertEquals(List.of(), f.expectations());
    assertEquals(9, f.problems().size(), String.join("\n", f.problems()));
    for (int i = 0; i < 9; i++) {
      assertTrue(f.problems().get(i).startsWith("t.c:" + (i + 1) + ": "), f.problems().get(i));
    }
    assertTrue(f.problems().get(2).contains("use expect-report"), f.problems().get(2));
    assertTrue(f.problems().get(5).contains("looks like a directive"), f.problems().get(5));
  }

  @Test
  void ordinaryCommentsAreNotDirectives() {
    SnippetFile f = parse("// expected to return 3", "// configure the device", "/* expect nothing */");
    assertEquals(List.of(), f.problems());
    assertEquals(List.of(), f.expectations());
  }
}
