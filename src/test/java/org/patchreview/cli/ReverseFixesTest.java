package org.patchreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A Fixes: tag says what applying the patch repairs, so undoing the patch with {@code -R} checks none: the claim is
 * listed, unchecked, with why, in text and JSON (the history's 0003, undone on the state after it).
 */
class ReverseFixesTest {
  private static final String MAIL = "corpus/history/0003-arm-dma-mapping-dont-tear-third-party-mappings/patch.mbox";

  @Test
  void undoingAPatchChecksNoFixesTag() {
    CommandLineRun text = CommandLineRun.of("apply", "-R", "--base", "0003", "--color", "never", MAIL);
    assertEquals(1, text.exitCode(), text.err());
    assertTrue(text.out().contains("  Fixes: 09515ef5ddad (\"of/acpi: Configure dma operations at probe time for"
        + " platform/amba/pci bus devices\")\n    not checked: -R undoes the patch, and a Fixes: tag is about"
        + " applying it\n"), text.out());
    CommandLineRun json = CommandLineRun.of("apply", "-R", "--base", "0003", "--format", "json", MAIL);
    assertTrue(json.out().contains("\"checked\": false, \"confirmed\": false, \"explanation\": \"not"
        + " checked: -R undoes the patch, and a Fixes: tag is about applying it\""), json.out());
  }
}
