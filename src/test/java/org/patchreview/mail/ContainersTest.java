package org.patchreview.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patchreview.diag.Diagnostic;

/** Containers (mbox flavours, maildir, folders, streams) and series, read the same way whatever holds them. */
class ContainersTest {
  private static final String DIFF = "diff --git a/x.c b/x.c\n--- a/x.c\n+++ b/x.c\n@@ -1 +1 @@\n-a\n+b\n";

  private static MailReadResult read(String text, String name) {
    return MailReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
  }

  private static String mail(String separator, String subject, String id, String body) {
    return separator + "\nFrom: A <a@example.org>\nSubject: " + subject + "\nMessage-Id: <" + id + ">\n\n" + body
        + "\n---\n" + DIFF;
  }

  private static List<String> collected(MailReadResult r) {
    return r.factsOf(0).collected().stream().map(t -> t.trailer().toString()).toList();
  }

  @Test
  void mboxoUnescapesOneLevelAndFormatPatchNone() {
    String body = "Fix y.\n>From the first probe on.\n>>From a quote.\n\nSigned-off-by: A <a@example.org>";
    PatchMail mboxo = read(mail("From a@example.org Sat May 13 09:12:44 2017", "[PATCH] x", "1@x", body),
        "o.mbox").patches().get(0);
    assertTrue(mboxo.message().contains("\nFrom the first probe on.\n>>From a quote.\n"), mboxo.message());
    PatchMail formatPatch = read(mail("From 5a1c0ffee0000000000000000000000000000001 Mon Sep 17 00:00:00 2001",
        "[PATCH] x", "1@x", body), "fp.mbox").patches().get(0);
    assertTrue(formatPatch.message().contains("\n>From the first probe on.\n>>From a quote.\n"), "git am keeps them");
    PatchMail b4 = read(mail("From git@z Thu Jan  1 00:00:00 1970", "[PATCH] x", "1@x", body), "b4.mbx").patches()
        .get(0);
    assertEquals(formatPatch.message(), b4.message(), "b4 am output is read as git am reads it");
  }

  @Test
  void aMaildirReadsLikeTheMbox() throws IOException {
    MailReadResult mbox = MailReader.read(MailReaderTest.resource("reference-thread.mbox"));
    MailReadResult maildir = MailReader.read(MailReaderTest.resource("maildir"));
    assertEquals(List.of(), maildir.diagnostics());
    assertEquals(MailReaderTest.referenceDiff(), maildir.patches().get(0).diff());
    assertEquals(collected(mbox), collected(maildir));
    assertEquals(2, maildir.otherMessages().size());
    assertTrue(maildir.patches().get(0).source().endsWith("maildir/cur/1494947645.M1P100.laptop:2,S"),
        maildir.patches().get(0).source());
  }

  @Test
  void standardInputReadsLikeTheFile() throws IOException {
    MailReadResult file = MailReader.read(MailReaderTest.resource("series-versions.mbox"));
    try (InputStream in = Files.newInputStream(MailReaderTest.resource("series-versions.mbox"))) {
      MailReadResult stream = MailReader.read(in, file.patches().get(0).source());
      assertEquals(file.patches(), stream.patches());
      assertEquals(file.facts(), stream.facts());
      assertEquals(file.series(), stream.series());
    }
  }

  @Test
  void aFormatPatchFolderIsTheSeries() {
    MailReadResult folder = MailReader.read(MailReaderTest.resource("series-folder"));
    MailReadResult mbox = MailReader.read(MailReaderTest.resource("series-versions.mbox"), new ReadOptions(2, false));
    assertEquals(List.of(), folder.diagnostics());
    assertEquals(mbox.patches().stream().map(PatchMail::diff).toList(),
        folder.patches().stream().map(PatchMail::diff).toList());
    assertEquals("ARM: dma-mapping: Fix teardown of third-party mappings", folder.series().cover().subject());
    assertEquals(2, folder.series().total());
  }

  @Test
  void missingMembersAreNamed() {
    String mbox = String.join("\n",
        mail("From nobody Mon Jan  1 00:00:00 2024", "[PATCH net-next v3 5/5] x: five", "5@x", "Five."),
        mail("From nobody Mon Jan  1 00:00:00 2024", "[PATCH net-next v3 1/5] x: one", "1@x", "One."),
        mail("From nobody Mon Jan  1 00:00:00 2024", "[PATCH net-next v3 3/5] x: three", "3@x", "Three."));
    MailReadResult r = read(mbox, "gaps.mbox");
    assertEquals(List.of("gaps.mbox: warning: series v3: 2/5 and 4/5 are missing; the other patches are applied "
        + "without them"), r.diagnostics().stream().map(Diagnostic::oneLine).toList());
    assertEquals(List.of("x: one", "x: three", "x: five"), r.patches().stream().map(PatchMail::subject).toList());
    assertEquals(List.of("2/5", "4/5"), r.series().missing());
    assertEquals(List.of("net-next"), r.series().tags());
  }

  @Test
  void theVersionAskedForEvenIncomplete() {
    MailReadResult r = MailReader.read(MailReaderTest.resource("series-versions.mbox"), new ReadOptions(3, false));
    assertEquals(List.of("2/3", "3/3"), r.series().missing());
    assertEquals(1, r.patches().size());
    assertEquals(null, r.series().cover());
  }

  @Test
  void rfcSeriesWithACoverLetterAndARepliedCoverLetter() {
    String mbox = String.join("\n",
        "From nobody Mon Jan  1 00:00:00 2024\nFrom: A <a@example.org>\nSubject: [RFC PATCH 0/1] x: all\n"
            + "Message-Id: <0@x>\n\nWhy.\n",
        mail("From nobody Mon Jan  1 00:00:00 2024", "[RFC PATCH 1/1] x: one", "1@x", "One."),
        "From nobody Mon Jan  1 00:00:00 2024\nFrom: B <b@example.org>\nSubject: Re: [RFC PATCH 0/1] x: all\n"
            + "Message-Id: <r@x>\nIn-Reply-To: <0@x>\n\nAcked-by: B <b+lists@example.org>\n");
    MailReadResult r = read(mbox, "rfc.mbox");
    assertTrue(r.series().rfc());
    assertEquals("Why.", r.series().cover().body());
    assertEquals(List.of("Acked-by: B <b+lists@example.org>"), collected(r), "a +tag is the same mailbox");
  }

  @Test
  void textPlainAttachmentInLatin1WithAnEncodedSender() throws IOException {
    PatchMail p = MailReaderTest.onlyPatch(MailReaderTest.read("multipart-text-plain.eml"));
    assertEquals("René Müller", p.authorName());
    assertEquals("ARM: dma-mapping: Don't tear third-party mappings", p.subject(), "folded subject");
    assertEquals(MailReaderTest.referenceDiff(), p.diff());
    assertEquals(List.of("René Müller <rene.mueller@example.org>"), p.trailerValues("Signed-off-by"));
  }
}
