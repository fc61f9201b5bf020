package org.patchreview.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.patchreview.diag.Diagnostic;

class MailReaderTest {
  private static final String SUBJECT = "ARM: dma-mapping: Don't tear third-party mappings";
  private static final String EMAIL = "laurent.pinchart+renesas@ideasonboard.com";
  private static final String MESSAGE_ID = "20170516151405.1234-1-laurent.pinchart+renesas@ideasonboard.com";
  private static final String FIXES =
      "7b07cbefb68d (\"iommu: of: Handle IOMMU lookup failure with deferred probing or error\")";

  static Path resource(String name) {
    try {
      return Path.of(MailReaderTest.class.getResource("/mail/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads a fixture as a stream named like the file, the way the command line passes a file name. */
  static MailReadResult read(String name) throws IOException {
    try (InputStream in = Files.newInputStream(resource(name))) {
      return MailReader.read(in, name);
    }
  }

  static PatchMail onlyPatch(MailReadResult result, String... diagnostics) {
    assertEquals(List.of(diagnostics), result.diagnostics().stream().map(Diagnostic::oneLine).toList(),
        "diagnostics");
    assertEquals(1, result.patches().size(), "patches");
    return result.patches().get(0);
  }

  /** The lone 2/5 of the multipart fixture: a series member whose companions are not in the file. */
  private static final String LONE_2_OF_5 = "multipart-attachment.eml: warning: series v3: 1/5, 3/5, 4/5 and 5/5 are "
      + "missing; the other patches are applied without them";

  /** The reference diff, as format-patch wrote it, without the signature. */
  static String referenceDiff() throws IOException {
    String mbox = Files.readString(resource("reference.mbox"));
    return mbox.substring(mbox.indexOf("diff --git"), mbox.indexOf("-- \n2.13.0"));
  }

  @Test
  void referenceMboxParses() throws IOException {
    PatchMail p = onlyPatch(read("reference.mbox"));
    assertEquals("reference.mbox", p.source());
    assertEquals(1, p.sourceLine());
    assertEquals(SUBJECT, p.subject());
    assertEquals("[PATCH] " + SUBJECT, p.rawSubject());
    assertEquals(SubjectPrefix.NONE, p.prefix());
    assertEquals("Laurent Pinchart", p.authorName());
    assertEquals(EMAIL, p.authorEmail());
    assertEquals("Tue, 16 May 2017 18:14:05 +0300", p.date());
    assertEquals(MESSAGE_ID, p.messageId());
    assertEquals("", p.inReplyTo());
    assertEquals(List.of(FIXES), p.trailerValues("Fixes"));
    assertEquals(List.of("Laurent Pinchart <" + EMAIL + ">"), p.trailerValues("Signed-off-by"));
    assertTrue(p.message().startsWith("arch_setup_dma_ops() is used in device probe code paths"));
    assertTrue(p.message().endsWith("Signed-off-by: Laurent Pinchart <" + EMAIL + ">"));
    assertTrue(p.diff().startsWith("diff --git a/arch/arm/include/asm/device.h b/arch/arm/include/asm/device.h\n"));
    assertTrue(p.diff().endsWith("+\tset_dma_ops(dev, NULL);\n }\n"), "signature removed");
    assertFalse(p.diff().contains("2.13.0"));
    assertEquals(referenceDiff(), p.diff());
    assertEquals(51, p.diffLine());
  }

  /** Streams that hand out a few bytes at a time split lines across reads: the result must not change. */
  @Test
  void trickleStreamReadsTheSame() throws IOException {
    byte[] bytes = Files.readAllBytes(resource("patch-and-reply.mbox"));
    InputStream trickle = new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 7));
      }
    };
    MailReadResult slow = MailReader.read(trickle, "patch-and-reply.mbox");
    MailReadResult fast = read("patch-and-reply.mbox");
    assertEquals(fast.patches(), slow.patches());
    assertEquals(fast.otherMessages(), slow.otherMessages());
  }

  @Test
  void readingAPathNamesTheFileAsGiven() {
    Path relative = Path.of("src/test/resources/mail/reference.mbox");
    MailReadResult result = MailReader.read(relative);
    assertEquals(relative.toString(), result.patches().get(0).source());
  }

  @Test
  void missingFileIsADiagnostic() {
    MailReadResult result = MailReader.read(Path.of("no/such/file.mbox"));
    assertTrue(result.hasErrors());
    assertEquals("no/such/file.mbox: error: no such file", result.diagnostics().get(0).oneLine());
  }

  @Test
  void patchAndReplyWithoutDiff() throws IOException {
    MailReadResult result = read("patch-and-reply.mbox");
    PatchMail p = onlyPatch(result);
    assertEquals(SUBJECT, p.subject());
    assertEquals(1, result.otherMessages().size());
    MailMessage reply = result.otherMessages().get(0);
    assertEquals("Re: [PATCH] " + SUBJECT, reply.rawSubject());
    assertEquals("Robin Murphy", reply.authorName());
    assertEquals(MESSAGE_ID, reply.inReplyTo());
    assertEquals(List.of(MESSAGE_ID), reply.references());
    assertEquals("From mboxrd@z Thu Jan  1 00:00:00 1970",
        Files.readAllLines(resource("patch-and-reply.mbox")).get(reply.sourceLine() - 1));
    assertEquals(List.of(), reply.parts(), "bodies of replies are not kept");
    List<CollectedTrailer> given = result.factsOf(0).collected();
    assertEquals(List.of(new Trailer("Reviewed-by", "Robin Murphy <robin.murphy@arm.com>")),
        given.stream().map(CollectedTrailer::trailer).toList());
    assertEquals(112, given.get(0).line(), "the line of the mbox the tag is on");
  }

  /** Encodings and line endings that must all decode to the very same patch. */
  @ParameterizedTest
  @ValueSource(strings = {"quoted-printable.eml", "base64.eml", "crlf.eml", "multipart-attachment.eml"})
  void encodedMailsDecodeToTheReferencePatch(String name) throws IOException {
    PatchMail p = name.startsWith("multipart") ? onlyPatch(read(name), LONE_2_OF_5) : onlyPatch(read(name));
    assertEquals(SUBJECT, p.subject());
    assertEquals("Laurent Pinchart", p.authorName());
    assertEquals(EMAIL, p.authorEmail());
    assertEquals(MESSAGE_ID, p.messageId());
    assertEquals(List.of(FIXES), p.trailerValues("Fixes"));
    assertEquals(referenceDiff(), p.diff());
    assertFalse(p.message().contains("\r") || p.diff().contains("\r"), "CRLF normalised");
    assertTrue(p.message().endsWith("Signed-off-by: Laurent Pinchart <" + EMAIL + ">"), p.message());
  }

  @Test
  void quotedPrintableKeepsDiffLinesOnTheirSourceLines() throws IOException {
    PatchMail p = onlyPatch(read("quoted-printable.eml"));
    List<String> lines = Files.readAllLines(resource("quoted-printable.eml"));
    assertEquals("diff --git a/arch/arm/include/asm/device.h b/arch/arm/include/asm/device.h",
        lines.get(p.diffLine() - 1));
  }

  @Test
  void multipartTakesTheMessageFromTheTextAndTheDiffFromTheAttachment() throws IOException {
    PatchMail p = onlyPatch(read("multipart-attachment.eml"), LONE_2_OF_5);
    assertEquals(new SubjectPrefix(false, 3, 2, 5, List.of("net-next")), p.prefix());
    assertTrue(p.message().startsWith("arch_setup_dma_ops() is used"));
  }

  @Test
  void isoLatin1AuthorSubjectAndBody() throws IOException {
    PatchMail p = onlyPatch(read("iso-8859-1.eml"));
    assertEquals("René Müller", p.authorName());
    assertEquals("rene.mueller@example.org", p.authorEmail());
    assertEquals(SUBJECT + " à la carte", p.subject(), "folded RFC 2047 subject");
    assertEquals(List.of("René Müller <rene.mueller@example.org>"), p.trailerValues("Signed-off-by"));
    assertEquals(referenceDiff(), p.diff());
  }

  @Test
  void crlfMailFindsItsDiffLine() throws IOException {
    PatchMail p = onlyPatch(read("crlf.eml"));
    assertEquals(50, p.diffLine(), "no From_ line: one line less than the mbox");
  }

  @Test
  void mboxrdUnescapesFromLinesAndDoesNotSplitOnProse() throws IOException {
    MailReadResult result = read("mboxrd.mbox");
    PatchMail p = onlyPatch(result);
    assertTrue(p.message().contains("\nFrom the first probe on, the mapping is kept.\n"), p.message());
    assertTrue(p.message().contains("\n>From quoted text stays quoted once.\n"));
    assertTrue(p.message().contains("\nFrom now on, at 10:30 on Mon Sep 17 2001, nothing splits here.\n"));
    assertEquals(1, result.otherMessages().size());
    assertEquals(referenceDiff(), p.diff());
  }

  @Test
  void bareDiffIsOnePatchWithoutSubject() throws IOException {
    PatchMail p = onlyPatch(read("bare.diff"));
    assertEquals("", p.subject());
    assertEquals("", p.authorName());
    assertEquals(SubjectPrefix.NONE, p.prefix());
    assertEquals(referenceDiff(), p.diff());
    assertEquals(1, p.diffLine());
  }

  @Test
  void bareDiffAfterSomeProse() {
    String text = "Some notes first.\n\n" + "--- a/x.c\n+++ b/x.c\n@@ -1 +1 @@\n-a\n+b\n";
    PatchMail p = onlyPatch(MailReader.read(stream(text), "notes.diff"));
    assertEquals(3, p.diffLine());
    assertEquals("Some notes first.", p.message());
    assertTrue(p.diff().startsWith("--- a/x.c\n"));
  }

  @Test
  void mailWithoutDiffIsAnError() throws IOException {
    MailReadResult result = read("no-diff.eml");
    assertEquals(List.of(), result.patches());
    assertEquals(1, result.otherMessages().size());
    assertEquals(List.of("no-diff.eml: error: no patch found: 1 message(s), none carries a diff"),
        result.diagnostics().stream().map(Diagnostic::oneLine).toList());
  }

  @Test
  void emptyInputIsAnError() {
    MailReadResult result = MailReader.read(stream(""), "empty.mbox");
    assertEquals("empty.mbox: error: no patch found: the input is empty", result.diagnostics().get(0).oneLine());
  }

  @Test
  void truncatedDiffIsAnErrorOnTheHunkLine() throws IOException {
    MailReadResult result = read("truncated.mbox");
    assertTrue(result.hasErrors());
    Diagnostic d = result.diagnostics().get(0);
    assertEquals("truncated.mbox", d.file());
    assertEquals(69, d.line());
    assertTrue(d.message().startsWith("malformed diff: truncated hunk"), d.message());
    assertEquals(Files.readAllLines(resource("truncated.mbox")).get(68), d.quotedLine());
    assertTrue(ParsedDiff.of(result.patches().get(0)).hasErrors());
  }

  @Test
  void seriesWithCoverLetter() throws IOException {
    MailReadResult result = read("series.mbox");
    assertEquals(List.of(), result.diagnostics());
    assertEquals(2, result.patches().size());
    assertEquals(1, result.otherMessages().size());
    assertEquals("ARM: dma-mapping: teardown fixes", SubjectParser.parse(result.otherMessages().get(0).rawSubject())
        .subject());
    PatchMail second = result.patches().get(1);
    assertEquals(new SubjectPrefix(true, 2, 2, 2, List.of()), second.prefix());
    assertEquals("cover.1494947645@ideasonboard.com", second.inReplyTo());
    assertEquals(List.of("cover.1494947645@ideasonboard.com"), second.references());
    List<String> lines = Files.readAllLines(resource("series.mbox"));
    assertTrue(lines.get(second.sourceLine() - 1).startsWith("From 5a1c0ffee"));
    assertTrue(lines.get(second.diffLine() - 1).startsWith("diff --git a/arch/arm/include/asm/device.h"));
  }

  @Test
  void inBodyFromOverridesTheSender() {
    String mail = "From: Maintainer <m@example.org>\nSubject: [PATCH] x: fix y\n\n"
        + "From: Original Author <oa@example.org>\n\nFix y.\n\nSigned-off-by: Original Author <oa@example.org>\n"
        + "---\ndiff --git a/x.c b/x.c\n--- a/x.c\n+++ b/x.c\n@@ -1 +1 @@\n-a\n+b\n";
    PatchMail p = onlyPatch(MailReader.read(stream(mail), "fwd.eml"));
    assertEquals("Original Author", p.authorName());
    assertEquals("oa@example.org", p.authorEmail());
    assertEquals("Fix y.\n\nSigned-off-by: Original Author <oa@example.org>", p.message());
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
