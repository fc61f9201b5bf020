package org.patchreview.c;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patchreview.corpus.Corpus;
import org.patchreview.tree.BundledCorpus;
import org.patchreview.tree.SourceTree;

/** The parse store's binary form: every tree reads back equal, with its sharing, and the shipped store is current. */
class RecordCodecTest {
  private static List<Object> roundTrip(List<?> values) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RecordCodec.Writer w = new RecordCodec.Writer(new DataOutputStream(bytes));
    for (Object v : values) {
      w.write(v);
    }
    RecordCodec.Reader r = new RecordCodec.Reader(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      out.add(r.read());
    }
    return out;
  }

  /**
   * The encoding of {@code v}: trees compare by it, since a record's equality compares its byte arrays (a string
   * literal's bytes) by identity.
   */
  private static byte[] encoded(Object v) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new RecordCodec.Writer(new DataOutputStream(bytes)).write(v);
    return bytes.toByteArray();
  }

  /** Every segment of the bundled kernel, under each bundled config. */
  private static List<Segment> segments() {
    SourceTree kernel = Corpus.bundled().kernel();
    SourceTree configs = BundledCorpus.folder("configs");
    List<Segment> out = new ArrayList<>();
    for (String path : configs.paths()) {
      if (path.endsWith(".config")) {
        Config config = Config.parse(path, path, configs.readString(path).orElse("")).config();
        for (String source : KernelBuild.sources(kernel, config, new ArrayList<>())) {
          out.addAll(Preprocessor.run(kernel, config, source).segments());
        }
      }
    }
    return out;
  }

  @Test
  void theBundledKernelsTreesReadBackEqual() throws IOException {
    List<Object> trees = new ArrayList<>();
    for (Segment s : segments()) {
      List<Decl> decls = CParser.parseClean(s);
      if (decls != null) {
        trees.add(decls);
      }
    }
    assertTrue(trees.size() > 50, "segments parsed: " + trees.size());
    List<Object> back = roundTrip(trees);
    for (int i = 0; i < trees.size(); i++) {
      assertArrayEquals(encoded(trees.get(i)), encoded(back.get(i)), "tree " + i);
    }
  }

  /** The store in the classes or the jar was made from the bundled kernel as it is: each entry is a fresh parse. */
  @Test
  void theShippedStoreHoldsWhatParsingGivesNow() throws IOException {
    int found = 0;
    for (Segment s : segments()) {
      List<Decl> stored = SegmentStore.lookup(s);
      if (stored != null) {
        found++;
        assertArrayEquals(encoded(CParser.parseClean(s)), encoded(stored), s.file());
      }
    }
    assertTrue(found > 50, "segments found in the store: " + found);
  }

  @Test
  void sharedObjectsStaySharedAndValuesKeepTheirKinds() throws IOException {
    Span span = new Span("a.c", 3, 7);
    Expr.Ident x = new Expr.Ident(span, "x");
    Expr both = new Expr.Comma(span, List.of(x, x));
    byte[] bytes = {0, -1, 127};
    List<Object> back = roundTrip(Arrays.asList(both, null, -5, Long.MIN_VALUE, 2.5, true, bytes, Decl.Storage.values()[0],
        List.of(), List.of(List.of("s", "s"))));
    Expr.Comma c = (Expr.Comma) back.get(0);
    assertEquals(both, c);
    assertSame(c.exprs().get(0), c.exprs().get(1), "one object written twice reads back as one");
    assertSame(c.span(), c.exprs().get(0).span());
    assertEquals(Arrays.asList(null, -5, Long.MIN_VALUE, 2.5, true), back.subList(1, 6));
    assertArrayEquals(bytes, (byte[]) back.get(6));
    assertSame(Decl.Storage.values()[0], back.get(7));
    assertEquals(List.of(), back.get(8));
    assertEquals(List.of(List.of("s", "s")), back.get(9));
  }

  @Test
  void whatIsNotATreeIsRefused() {
    IOException e = assertThrows(IOException.class, () -> roundTrip(List.of(new StringBuilder("x"))));
    assertNotNull(e.getMessage());
    assertTrue(e.getMessage().contains("java.lang.StringBuilder"), e.getMessage());
  }
}
