package org.patchreview.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectParserTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      [PATCH] foo: bar                      | foo: bar | false | 1 | 0 | 0 |
      [PATCH v2 3/7] foo: bar               | foo: bar | false | 2 | 3 | 7 |
      [RFC PATCH net-next v3 01/10] foo     | foo      | true  | 3 | 1 | 10 | net-next
      [PATCHv4] foo                         | foo      | false | 4 | 0 | 0 |
      [RFC/PATCH] foo                       | foo      | true  | 1 | 0 | 0 |
      Re: [PATCH v2 0/3] cover              | cover    | false | 2 | 0 | 3 |
      [PATCH RESEND] [media] foo            | foo      | false | 1 | 0 | 0 | RESEND media
      [RFC PATCH] foo                       | foo      | true  | 1 | 0 | 0 |
      [PATCH net-next v2] foo               | foo      | false | 2 | 0 | 0 | net-next
      plain subject                         | plain subject | false | 1 | 0 | 0 |
      """)
  void parsesPrefixes(String raw, String subject, boolean rfc, int version, int index, int total, String tags) {
    SubjectParser.Parsed parsed = SubjectParser.parse(raw);
    List<String> tagList = tags == null ? List.of() : List.of(tags.split(" "));
    assertEquals(subject, parsed.subject());
    assertEquals(new SubjectPrefix(rfc, version, index, total, tagList), parsed.prefix());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Re: [PATCH] foo        | true
      RE: Aw: [PATCH] foo    | true
      Fwd: [PATCH] foo       | false
      [PATCH] Re-add foo     | false
      """)
  void repliesAreMarked(String raw, boolean reply) {
    assertEquals(reply, SubjectParser.parse(raw).reply());
  }

  @Test
  void collapsesFoldingWhitespace() {
    assertEquals("foo: a long subject", SubjectParser.parse("[PATCH]  foo: a long\n  subject ").subject());
  }
}
