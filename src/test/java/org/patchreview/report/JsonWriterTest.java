package org.patchreview.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** JSON strings escape what RFC 8259 requires and nothing else. */
class JsonWriterTest {
  @Test
  void escapesQuotesBackslashesAndControls() {
    assertEquals("a\\\"b\\\\c\\nd\\te\\u0001", JsonWriter.escape("a\"b\\c\nd\te\u0001"));
  }

  @Test
  void leavesSlashesAndUnicodeAlone() {
    assertEquals("arch/arm/mm/dma-mapping.c — ü", JsonWriter.escape("arch/arm/mm/dma-mapping.c — ü"));
  }

  @Test
  void writesNestedObjectsAndArraysAndPutsThoseOfScalarsOnOneLine() {
    JsonWriter w = new JsonWriter().beginObject();
    w.field("a", "x");
    w.name("b").beginArray().number(1).number(2).endArray();
    w.name("c").beginObject().endObject();
    w.name("d").beginArray().beginObject().field("file", "a, b.c").field("line", 3).endObject()
        .beginObject().field("text", "one\ntwo").endObject().endArray();
    assertEquals("""
        {
          "a": "x",
          "b": [1, 2],
          "c": {},
          "d": [
            {"file": "a, b.c", "line": 3},
            {"text": "one\\ntwo"}
          ]
        }
        """, w.endObject().toString());
  }
}
