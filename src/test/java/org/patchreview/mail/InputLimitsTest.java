package org.patchreview.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patchreview.diag.Diagnostic;

/**
 * Input that would take review's time or memory without end is stopped at a documented limit, with one error or
 * warning naming where: a line that never ends, too many header fields, a header folded without end; and the trailer
 * scan stays linear in the length of a reply.
 */
class InputLimitsTest {
  /** An input that never ends, as /dev/zero: every read fills the buffer. */
  private static final class Endless extends InputStream {
    @Override
    public int read() {
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) 'a');
      return len;
    }
  }

  private static List<String> errors(MailReadResult r) {
    return r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::oneLine).toList();
  }

  @Test
  void anInputThatNeverEndsALineStopsWithOneError() {
    MailReadResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> MailReader.read(new Endless(), "zero"));
    assertEquals(List.of("zero:1: error: a line longer than 1 MiB (review reads lines up to that; mail allows 998 "
        + "characters)"), errors(r));
  }

  @Test
  void aLineJustUnderTheLimitIsRead() {
    String mail = "From: A <a@example.org>\nSubject: [PATCH] x\n\n" + "y".repeat(MboxSplitter.MAX_LINE_BYTES - 10)
        + "\n";
    MailReadResult r = MailReader.read(new ByteArrayInputStream(mail.getBytes(StandardCharsets.UTF_8)), "long");
    assertTrue(errors(r).stream().noneMatch(e -> e.contains("longer than")), errors(r).toString());
  }

  @Test
  void tooManyHeaderFieldsOrAFieldFoldedWithoutEndSkipTheMessage() {
    StringBuilder many = new StringBuilder("From: A <a@example.org>\nSubject: [PATCH] x\n");
    for (int i = 0; i < 2000; i++) {
      many.append("X-Field-").append(i).append(": v\n");
    }
    StringBuilder folded = new StringBuilder("From: A <a@example.org>\nSubject: [PATCH] x\nCc: a@example.org");
    for (int i = 0; i < 200_000; i++) {
      folded.append(",\n x").append(i).append("@example.org");
    }
    for (StringBuilder m : List.of(many, folded)) {
      m.append("\n\nbody\n");
      MailReadResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> MailReader.read(
          new ByteArrayInputStream(m.toString().getBytes(StandardCharsets.UTF_8)), "headers"));
      assertTrue(r.diagnostics().stream().anyMatch(d -> d.oneLine().startsWith(
          "headers:1: warning: cannot decode this message, skipped: Maximum header")), r.diagnostics().toString());
    }
  }

  @Test
  void theTrailerScanIsLinearInTheReply() {
    String body = "line without a dash\n".repeat(300_000) + "Reviewed-by: A <a@example.org>\n";
    List<Envelope.GivenTrailer> given = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> TrailerParser.givenInReply(body, 1));
    assertEquals(1, given.size());
  }
}
