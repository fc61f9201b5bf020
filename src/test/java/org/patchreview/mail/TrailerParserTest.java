package org.patchreview.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrailerParserTest {

  @Test
  void finalParagraphWithKnownKeysAndCustomOnes() {
    String message = "Fix it.\n\nFixes: 123456789abc (\"x: y\")\nCc: stable@vger.kernel.org # 4.9+\n"
        + "[lp: reworded]\nX-Custom-Tag: yes\nSigned-off-by: A <a@example.org>\n  (continued)";
    assertEquals(List.of(
            new Trailer("Fixes", "123456789abc (\"x: y\")"),
            new Trailer("Cc", "stable@vger.kernel.org # 4.9+"),
            new Trailer("X-Custom-Tag", "yes"),
            new Trailer("Signed-off-by", "A <a@example.org> (continued)")),
        TrailerParser.parse(message));
  }

  @Test
  void separateFixesParagraphAboveTheSignOffs() {
    String message = "Fix it.\n\nFixes: 123456789abc (\"x: y\")\n\nSigned-off-by: A <a@example.org>";
    assertEquals(List.of(new Trailer("Fixes", "123456789abc (\"x: y\")"),
        new Trailer("Signed-off-by", "A <a@example.org>")), TrailerParser.parse(message));
  }

  @Test
  void proseIsNotATrailer() {
    assertEquals(List.of(), TrailerParser.parse("Fix it.\n\nNote: this is prose that\nwraps, see https://example.org."));
    assertEquals(List.of(), TrailerParser.parse(""));
  }
}
