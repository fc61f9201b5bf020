package org.patchreview.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patchreview.diag.Diagnostic;

/** Threads: trailers given in replies, and diffs recovered from replies that quote them. */
class ThreadTest {
  private static final String ROBIN = "0b4f8b44-4c8a-9d1e-2f5a-7a1f3c6e2b10@arm.com";
  private static final String LAURENT = "2215383.ZBVDvkT1hG@avalon";
  private static final Trailer REVIEWED = new Trailer("Reviewed-by", "Robin Murphy <robin.murphy@arm.com>");
  private static final Trailer TESTED = new Trailer("Tested-by",
      "Laurent Pinchart <laurent.pinchart@ideasonboard.com>");

  private static MailReadResult read(String name, ReadOptions options) {
    return MailReader.read(MailReaderTest.resource(name), options);
  }

  private static List<String> lines(MailReadResult r) {
    return r.diagnostics().stream().map(d -> d.oneLine().replaceFirst("^.*/mail/", "")).toList();
  }

  /** The reference diff with its last hunk recounted without the closing brace the review reply does not quote. */
  private static String referenceDiffWithoutLastBrace() throws IOException {
    String diff = MailReaderTest.referenceDiff();
    return diff.replace("@@ -2430,9 +2430,14 @@", "@@ -2430,8 +2430,13 @@").substring(0, diff.length() - 3);
  }

  @Test
  void theReferenceThreadGivesBothTrailersToThePatch() {
    MailReadResult r = read("reference-thread.mbox", ReadOptions.DEFAULT);
    assertEquals(List.of(), lines(r));
    assertEquals(1, r.patches().size());
    assertEquals(2, r.otherMessages().size());
    List<CollectedTrailer> given = r.factsOf(0).collected();
    assertEquals(List.of(REVIEWED, TESTED), given.stream().map(CollectedTrailer::trailer).toList());
    assertEquals(List.of(ROBIN, LAURENT), given.stream().map(CollectedTrailer::messageId).toList());
    assertEquals(List.of("Robin Murphy", "Laurent Pinchart"), given.stream().map(CollectedTrailer::givenBy).toList());
    assertEquals(List.of(), r.factsOf(0).notCollected());
    assertEquals("", r.factsOf(0).recoveredFrom());
  }

  @Test
  void aReplyAloneGivesItsDiffWithTheRepairsNamed() throws IOException {
    MailReadResult r = read("reply-quoting-the-patch.eml", ReadOptions.DEFAULT);
    PatchMail p = r.patches().get(0);
    assertEquals(referenceDiffWithoutLastBrace(), p.diff());
    assertEquals(List.of(
            "reply-quoting-the-patch.eml:70: warning: quoted diff: a blank context line lost its leading space to "
                + "the quoting; restored",
            "reply-quoting-the-patch.eml:82: warning: quoted diff: a blank context line lost its leading space to "
                + "the quoting; restored",
            "reply-quoting-the-patch.eml:76: warning: quoted diff: the reply stops quoting this hunk 1 context "
                + "line(s) before its end; it is recounted without them",
            "reply-quoting-the-patch.eml:1: note: the diff is recovered from this reply, which quotes it; 3 "
                + "place(s) damaged by the quoting are listed (Message-Id <" + ROBIN + ">, from Robin Murphy)"),
        lines(r).stream().sorted((a, b) -> Boolean.compare(a.contains("note:"), b.contains("note:"))).toList());
    assertEquals("Laurent Pinchart", p.authorName(), "from the attribution line");
    assertEquals(ROBIN, r.factsOf(0).recoveredFrom());
    assertEquals(List.of(REVIEWED), r.factsOf(0).collected().stream().map(CollectedTrailer::trailer).toList());
    assertTrue(p.message().startsWith("arch_setup_dma_ops() is used in device probe code paths"), p.message());
    assertTrue(p.trailerValues("Fixes").get(0).startsWith("7b07cbefb68d"));
  }

  @Test
  void anAnswerQuotingTheReplyRecoversTheDiffThroughTwoLevelsAndRewrapping() throws IOException {
    MailReadResult r = read("answer-quoting-the-reply.eml", ReadOptions.DEFAULT);
    assertEquals(referenceDiffWithoutLastBrace(), r.patches().get(0).diff());
    assertTrue(lines(r).contains("answer-quoting-the-reply.eml:87: warning: quoted diff: this line was wrapped by "
        + "the quoting; joined to the line above"), lines(r).toString());
    assertEquals(List.of(TESTED), r.factsOf(0).collected().stream().map(CollectedTrailer::trailer).toList(),
        "Robin's Reviewed-by is only quoted here, not given");
    MessageCheck fixes = r.factsOf(0).checks().get(0);
    assertEquals(MessageCheck.Level.WARNING, fixes.level());
    assertTrue(fixes.message().startsWith("the Fixes: tag is wrapped over 2 lines"), fixes.message());
  }

  @Test
  void fromReplyTakesTheQuotedDiffEvenWithThePatchThere() throws IOException {
    MailReadResult r = read("reference-thread.mbox", new ReadOptions(0, true));
    PatchMail p = r.patches().get(0);
    assertEquals(referenceDiffWithoutLastBrace(), p.diff());
    assertEquals("laurent.pinchart+renesas@ideasonboard.com", p.authorEmail(), "the author of the patch answered");
    assertEquals(ROBIN, r.factsOf(0).recoveredFrom());
    assertEquals(List.of(REVIEWED, TESTED), r.factsOf(0).collected().stream().map(CollectedTrailer::trailer)
        .toList());
  }

  @Test
  void aReplyThatCutsTheChangedLinesIsAnError() {
    MailReadResult r = read("reply-quoting-part-of-the-diff.eml", ReadOptions.DEFAULT);
    assertTrue(r.hasErrors());
    assertTrue(lines(r).contains("reply-quoting-part-of-the-diff.eml:16: error: the quoted diff stops inside the "
        + "hunk that starts here, before all its changed lines: the reply does not quote all of it"),
        lines(r).toString());
  }

  @Test
  void aMailWithNoDiffAtAllIsNoPatch() {
    MailReadResult r = read("no-diff.eml", new ReadOptions(0, true));
    assertEquals(List.of(), r.patches());
    assertEquals(List.of(Diagnostic.Severity.ERROR), r.diagnostics().stream().map(Diagnostic::severity).toList());
  }
}
