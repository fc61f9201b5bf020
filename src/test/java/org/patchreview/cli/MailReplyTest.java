package org.patchreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The default reply mail: fit for the list, for a regression, a fix, a patch that does not apply or compile. */
class MailReplyTest {
  private static final String REGRESSION = "patches/0005-ARM-dma-mapping-Reset-DMA-ops-when-tearing-down-a-device.mbox";

  private static String body(String mail) {
    return mail.substring(mail.indexOf("\n\n") + 2);
  }

  /** Lines of the body longer than 72 columns, leaving out quoted patch lines and the Fixes: tag (never wrapped). */
  private static List<String> tooLong(String mail) {
    return body(mail).lines().filter(l -> l.length() > 72 && !l.startsWith(">") && !l.startsWith("    Fixes: "))
        .toList();
  }

  @Test
  void aRegressionIsRepliedToAllWithItsNewProblemsAndTheRightFixesTag() {
    CommandLineRun r = CommandLineRun.of("apply", "--format", "mail", REGRESSION);
    assertEquals(1, r.exitCode(), r.err());
    String mail = r.out();
    assertTrue(mail.lines().count() <= 80, mail.lines().count() + " lines:\n" + mail);
    assertTrue(mail.contains("To: Marc Delorme <marc.delorme@example.com>\nCc: linux-arm-kernel@lists.infradead.org, "
        + "Russell King\n <linux@armlinux.org.uk>, Sricharan R <sricharan@codeaurora.org>, Laurent\n Pinchart "
        + "<laurent.pinchart@ideasonboard.com>\n"), mail);
    assertTrue(mail.contains("In-Reply-To: <20170512132055.9021-1-marc.delorme@example.com>\n"), mail);
    assertEquals(List.of(), tooLong(mail));
    assertFalse(mail.contains("patches/"), "no local path");
    assertTrue(mail.indexOf("New problems (2):") < mail.indexOf("Problems it removes ("), mail);
    assertTrue(mail.contains("> +\tset_dma_ops(dev, NULL);\n\nWith this line, the replay shows a new problem: invalid "
        + "free in\n__dma_free_buffer"), "the hunk the new problem points at, quoted: " + mail);
    assertTrue(mail.contains("\n    Fixes: 09515ef5ddad (\"of/acpi: Configure dma operations at probe time for "
        + "platform/amba/pci bus devices\")\n"), mail);
  }

  @Test
  void aPatchThatDoesNotApplyGetsTheHunkAndTheNearestPlace() {
    CommandLineRun r = CommandLineRun.of("apply", "--format", "mail", "patches/0090-does-not-apply.mbox");
    assertEquals(3, r.exitCode());
    assertTrue(r.out().contains("Hunk #2 of arch/arm/mm/dma-mapping.c"), r.out());
    assertTrue(r.out().contains("place is line 639, where it expects:"), r.out());
    assertEquals(List.of(), tooLong(r.out()));
  }

  @Test
  void aPatchThatDoesNotCompileGetsTheErrorWithThePatchedFileAndLine() {
    CommandLineRun r = CommandLineRun.of("apply", "--format", "mail", "patches/0092-does-not-parse.mbox");
    assertEquals(3, r.exitCode());
    assertTrue(r.out().startsWith("From review Mon Sep 17 00:00:00 2001\nTo: "), r.out());
    assertTrue(r.out().contains("- arch/arm/mm/dma-mapping.c:698: syntax error"), r.out());
    assertTrue(r.out().contains("Cc: linux-arm-kernel@lists.infradead.org, Russell King <linux@armlinux.org.uk>\n"),
        r.out());
  }

  @Test
  void theFullMailPlacesEveryFindingUnderItsLine() {
    CommandLineRun r = CommandLineRun.of("apply", "--full", "--format", "mail", REGRESSION);
    assertTrue(r.out().lines().count() > 200, "today's detail stays reachable");
  }
}
