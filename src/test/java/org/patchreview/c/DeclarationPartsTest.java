package org.patchreview.c;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.patchreview.tree.SourceTree;

/**
 * A segment parsed a top-level declaration at a time gives the declarations it gives parsed whole: on every segment
 * of every bundled state under every config, and where a part does not parse, the segment is parsed whole.
 */
class DeclarationPartsTest {
  @Test
  void everyBundledSegmentParsesTheSameByDeclarations() throws IOException {
    Set<SourceTree> states = BundledStates.states();
    List<Config> configs = BundledStates.configs();
    Set<String> seen = new HashSet<>();
    int compared = 0;
    for (SourceTree tree : states) {
      for (Config config : configs) {
        for (String unit : KernelBuild.sources(tree, config, new ArrayList<>())) {
          for (Segment s : Preprocessor.run(tree, config, unit).segments()) {
            if (!seen.add(SegmentStore.digest(s))) {
              continue;
            }
            List<Decl> whole = CParser.parsedWhole(s);
            List<Decl> parts = CParser.parsedByDeclarations(s);
            if (TopLevelSplitter.declarations(s.tokens()).size() < 2) {
              assertNull(parts);
              continue;
            }
            assertNotNull(whole, unit + ": a bundled segment that does not parse");
            assertNotNull(parts, unit + ": parses whole, not by declarations");
            assertArrayEquals(encoded(whole), encoded(parts), unit + " " + s.file());
            compared++;
          }
        }
      }
    }
    assertTrue(compared > 100, "segments compared: " + compared);
  }

  @Test
  void aSegmentWithAPartThatDoesNotParseIsParsedWhole() {
    List<CToken> tokens = tokens("int a;\nint b = ;\nint c;\n");
    Segment s = new Segment("a.c", tokens);
    assertEquals(3, TopLevelSplitter.declarations(tokens).size());
    assertNull(CParser.parsedByDeclarations(s));
  }

  @Test
  void onlyTheEndsOfDeclarationsCut() {
    String text = "struct s { int a; } v;\nint f(void) { return 0; }\nint x[] = { 1, 2 };\n"
        + "FOO(x)\nint g(void);\nenum e { A, B };\n";
    List<CToken> tokens = tokens(text);
    List<String> parts = TopLevelSplitter.declarations(tokens).stream()
        .map(p -> String.join(" ", p.stream().map(CToken::getText).toList())).toList();
    assertEquals(List.of("struct s { int a ; } v ;", "int f ( void ) { return 0 ; }", "int x [ ] = { 1 , 2 } ;",
        "FOO ( x ) int g ( void ) ;", "enum e { A , B } ;"), parts);
  }

  private static List<CToken> tokens(String text) {
    return SourceLexer.lex("a.c", text).stream().flatMap(l -> l.tokens().stream()).toList();
  }

  private static byte[] encoded(Object v) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new RecordCodec.Writer(new DataOutputStream(bytes)).write(v);
    return bytes.toByteArray();
  }
}
