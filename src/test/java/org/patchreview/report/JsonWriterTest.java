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
  void writesNestedObjectsAndArrays() {
    JsonWriter w = new JsonWriter().beginObject();
    w.field("a", "x");
    w.name("b").beginArray().number(1).number(2).endArray();
    w.name("c").beginObject().endObject();
    assertEquals("{\n  \"a\": \"x\",\n  \"b\": [\n    1,\n    2\n  ],\n  \"c\": {}\n}\n", w.endObject().toString());
  }
}
