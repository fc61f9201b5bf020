package org.patchreview.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patchreview.mail.MailReadResult;
import org.patchreview.mail.MailReader;
import org.patchreview.mail.ReadOptions;
import org.patchreview.patch.ApplyResult;
import org.patchreview.tree.SourceTree;

/**
 * What the text and JSON reports say about the mails, rendered from what the mail stage read (no replay): the series
 * block, trailers from replies, the ones not collected, message checks and Trojan Source flags.
 */
class MailSectionsTest {
  private static final String MAIL = "src/test/resources/mail/";

  private static Report report(String name, ReadOptions options) {
    MailReadResult mails = MailReader.read(Path.of(name.startsWith("patches/") ? name : MAIL + name), options);
    SourceTree tree = SourceTree.of("empty", java.util.Map.of());
    List<Report.PatchEntry> entries = new java.util.ArrayList<>();
    for (int i = 0; i < mails.patches().size(); i++) {
      entries.add(new Report.PatchEntry(mails.patches().get(i), new ApplyResult(tree, tree, List.of(), List.of()),
          mails.factsOf(i)));
    }
    return new Report("base", entries, List.of(), List.of(), List.of(), List.of(), mails.series());
  }

  /** The text report unwrapped: these tests are about what the mail lines say, not where the terminal breaks them. */
  private static String text(Report r) {
    return TextRenderer.renderFull(r, new TextRenderer.Style(false, 10_000));
  }

  @Test
  void theSeriesBlockComesFirstWithTheCoverLetter() {
    String text = text(report("series-versions.mbox", new ReadOptions(3, false)));
    assertTrue(text.startsWith("series: v3, 1 of 3 patches (asked for with --version 3)\n"
        + "  also in the input: v1 (2 of 2), v2 (2 of 2)\n"
        + "  missing: 2/3, 3/3 (not applied)\n\n"
        + "review: [PATCH v3 1/3] ARM: dma-mapping: Don't tear third-party mappings\n"), text);
  }

  @Test
  void trailersAndChecksUnderThePatch() {
    String text = text(report("series-versions.mbox", ReadOptions.DEFAULT));
    assertTrue(text.contains("""
        review: [PATCH v2 2/2] ARM: dma-mapping: Explain the DMA ops reset in arch_teardown_dma_ops()
          from Oliver Brandt <oliver.brandt@example.com>, Thu, 1 Jun 2017 11:00:02 +0300
          trailers from replies:
            Acked-by: Russell King <linux@armlinux.org.uk>  (in <v2-cover-ack@armlinux.org.uk>)
          trailers not collected:
            Tested-by: Geert Uytterhoeven <geert+renesas@glider.be>  (given in a mail from geert@linux-m68k.org, \
        not from geert+renesas@glider.be)
            Reviewed-by: Geert  (no address in the tag)
          message: no Fixes:, signed off by the author, no Link:, not Cc: stable
        """), text);
    assertTrue(text.contains("    | Hello,\n"), "the cover letter's first lines");
  }

  @Test
  void trojanSourceAndRecoveredDiffsAreFlagged() {
    String trojan = text(report("checks/trojan-source.eml", ReadOptions.DEFAULT));
    assertTrue(trojan.contains("  message: no Fixes:, signed off by the author, no Link:, not Cc: stable, Unicode "
        + "bidi controls (Trojan Source)\n    ! Trojan Source: U+2066 LEFT-TO-RIGHT ISOLATE in the commit message; "
        + "the text may not read the way it runs (" + MAIL + "checks/trojan-source.eml:9)\n"), trojan);
    String recovered = text(report("answer-quoting-the-reply.eml", ReadOptions.DEFAULT));
    assertTrue(recovered.contains("  from Laurent Pinchart, Tue, 16 May 2017 19:09:52 +0300\n"
        + "  diff recovered from the reply <2215383.ZBVDvkT1hG@avalon>, which quotes it; 4 repair(s), listed below\n"),
        recovered);
    assertTrue(recovered.contains("    ! the Fixes: tag is wrapped over 2 lines"), recovered);
  }

  @Test
  void jsonCarriesTheNewFieldsUnderNewNames() {
    String json = JsonRenderer.render(report("series-versions.mbox", ReadOptions.DEFAULT));
    for (String field : List.of("\"series\": {\n    \"version\": 2,\n    \"total\": 2,",
        "\"chosen_because\": \"the newest complete version\"", "\"missing\": []",
        "\"cover_letter\": {\n      \"subject\": \"ARM: dma-mapping: Fix teardown of third-party mappings\"",
        "\"index\": 1", "\"recovered_from_reply\": \"\"", "\"collected_trailers\": [",
        "\"uncollected_trailers\": [", "\"reason\": \"no address in the tag\"",
        "\"check\": \"fixes\", \"level\": \"ok\"")) {
      assertTrue(json.contains(field), field + " in " + json);
    }
    String single = JsonRenderer.render(report("patches/0001-ARM-dma-mapping-Don-t-tear-third-party-mappings.mbox",
        ReadOptions.DEFAULT));
    assertTrue(single.contains("\"total\": 0,"), single);
    assertEquals(-1, single.indexOf("\"cover_letter\": {"));
  }

  @Test
  void aThreadWithHundredsOfVersionsListsTheOldestAndTheNewest() {
    List<org.patchreview.mail.Series.VersionSeen> seen = new java.util.ArrayList<>();
    for (int v = 1; v <= 500; v++) {
      seen.add(new org.patchreview.mail.Series.VersionSeen(v, v == 500 ? 3 : 4, 4, v != 500));
    }
    org.patchreview.mail.Series s = new org.patchreview.mail.Series(499, 4, false, List.of(), null, List.of(), seen,
        "the newest complete version");
    StringBuilder out = new StringBuilder();
    MailText.series(out, s);
    assertEquals("series: v499, 4 patches (the newest complete version)\n"
        + "  also in the input: v1 (4 of 4), v2 (4 of 4), ... 491 more ..., v494 (4 of 4), v495 (4 of 4), "
        + "v496 (4 of 4), v497 (4 of 4), v498 (4 of 4), v500 (3 of 4, incomplete)\n\n", out.toString());
  }
}
