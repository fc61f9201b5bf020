package org.patchreview.c;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link FastLexer} gives exactly the grammar lexer's lines: every token's type, text, position and spacing. */
class FastLexerTest {
  @ParameterizedTest
  @ValueSource(strings = {
    "int a = 0x1fUL + 1.5e+3f - .5 + 1e-2 + 0b101 + 08 + 123abc;",
    "x = 0x ## 1f + 1e+ + 0x1p-3 + 1.2.3 + .5e+x + 0xe+1;",
    "n = 0 + 00 + 0777 + 0x + 0X1F + 0x1e + 0x1E5 + 0xg + 0x1G + 18446744073709551615 + 0xFFFFffff + 1f + 9e;",
    "p = a->b + c<<=d ... e % f %= g ^ h ^= i | j || k ~ l != m # n ## o;",
    "char *s = L\"wide\" u8\"x\" U\"y\" u\"z\" \"esc\\\"aped\\\\\" 'c' '\\n' L'w' '\\'';",
    "a->b.c...d <<= 1 >>= 2 ## # ? : ; @ ` \\ x$y",
    "unterminated \"string\nand 'char\nand '' empty",
    "/* block\n comment */ x // line comment\r\ny\r\nz \\\n continued \\\r\n crlf\rlone",
    "/* unterminated comment\n x",
    "__init __initdata noinline noinline_for_stack __attribute__((packed)) __aligned(8) typeof __typeof__",
    "s = \"split \\\n line\";",
    "",
  })
  void samples(String text) {
    assertSame("sample.c", text);
  }

  @Test
  void theFixturesAndTheBundledKernel() throws IOException, URISyntaxException {
    List<Path> files = new ArrayList<>();
    files.addAll(under(Path.of(FastLexerTest.class.getResource("/c/raw").toURI())));
    files.addAll(under(Path.of("corpus/kernel")));
    String env = System.getenv("REVIEW_LINUX_SRC");
    Path linux = env != null && !env.isEmpty() ? Path.of(env)
        : Path.of(System.getProperty("user.home"), ".cache", "review", "linux-source-6.1");
    if (Files.isDirectory(linux.resolve("drivers/iommu"))) {
      files.addAll(under(linux));
    }
    for (Path f : files) {
      assertSame(f.toString(), new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
    }
    assertEquals(true, files.size() > 50, "files compared: " + files.size());
  }

  private static List<Path> under(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".c") || p.toString().endsWith(".h")).sorted().toList();
    }
  }

  private static void assertSame(String file, String text) {
    String expected = describe(SourceLexer.lex(file, text));
    assertEquals(expected, describe(SourceLexer.lines(file, text)), file);
  }

  private static String describe(List<SourceLexer.Line> lines) {
    StringBuilder sb = new StringBuilder();
    for (SourceLexer.Line l : lines) {
      sb.append(l.number()).append(l.directive() ? " #:" : ":");
      for (CToken t : l.tokens()) {
        sb.append(' ').append(t.getType()).append('/').append(t.getText()).append('@').append(t.getLine())
            .append('.').append(t.getCharPositionInLine()).append(t.spaceBefore() ? "s" : "");
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
