package org.patchreview.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The message checks, one fixture per case under {@code mail/checks/}: check, level, what it says, and where. */
class MessageCheckerTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      fixes-wrapped | fixes | WARNING | the Fixes: tag is wrapped over 2 lines; it must stay on one line | 11
      fixes-short-id | fixes | WARNING | the commit id 7b07cbe has 7 hex digits; at least 12 are needed | 11
      fixes-no-subject | fixes | WARNING | the Fixes: tag lacks the quoted subject | 11
      link-and-stable | fixes | OK | Fixes: 7b07cbefb68d ("iommu: of: Handle IOMMU lookup failure | 11
      reference-thread | fixes | OK | Fixes: 7b07cbefb68d ("iommu: of: Handle IOMMU lookup failure | 44
      trojan-source | fixes | INFO | no Fixes: tag | 0
      no-author-signoff | signed-off-by | WARNING | no Signed-off-by from the author, Laurent Pinchart <laurent | 0
      fixes-wrapped | signed-off-by | OK | Signed-off-by: Laurent Pinchart <laurent.pinchart@ideasonboard.co | 0
      link-and-stable | link | INFO | Link: https://lore.kernel.org/r/20170516151405.1234-1-laurent.pin | 0
      fixes-wrapped | link | INFO | no Link: tag | 0
      link-and-stable | cc-stable | INFO | Cc: stable@vger.kernel.org # 4.12+ | 0
      fixes-wrapped | cc-stable | INFO | not marked for stable (no Cc: stable@vger.kernel.org) | 0
      """)
  void checks(String fixture, String check, MessageCheck.Level level, String message, int line) {
    MessageCheck c = only(fixture, check);
    assertEquals(level, c.level(), c.message());
    assertTrue(c.message().startsWith(message.strip()), c.message());
    assertEquals(line, c.line(), c.message());
  }

  /** Bidirectional controls in the message and in an added line are each flagged where they are. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      U+2066 LEFT-TO-RIGHT ISOLATE in the commit message      | 9
      U+2069 POP DIRECTIONAL ISOLATE in the commit message    | 9
      U+202E RIGHT-TO-LEFT OVERRIDE in an added line of arch/arm/mm/dma-mapping.c | 18
      """)
  void trojanSource(String what, int line) {
    List<MessageCheck> found = checks("trojan-source").stream().filter(c -> c.check().equals("trojan-source"))
        .toList();
    assertEquals(6, found.size(), found.toString());
    MessageCheck c = found.stream().filter(f -> f.message().startsWith("Trojan Source: " + what.strip())).findFirst()
        .orElseThrow();
    assertEquals(MessageCheck.Level.WARNING, c.level());
    assertEquals(line, c.line());
  }

  private static List<MessageCheck> checks(String fixture) {
    String name = fixture.startsWith("reference") ? fixture + ".mbox" : "checks/" + fixture + ".eml";
    MailReadResult r = MailReader.read(MailReaderTest.resource(name));
    return r.factsOf(0).checks();
  }

  private static MessageCheck only(String fixture, String check) {
    List<MessageCheck> found = checks(fixture).stream().filter(c -> c.check().equals(check)).toList();
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }
}
