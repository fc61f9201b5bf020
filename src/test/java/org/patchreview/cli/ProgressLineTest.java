package org.patchreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line on a terminal: silent for quick reviews, throttled, and erased at the end. */
class ProgressLineTest {
  private final AtomicLong now = new AtomicLong();
  private final StringWriter err = new StringWriter();
  private final ProgressLine line = new ProgressLine(new PrintWriter(err), now::get, 1000);

  private void at(long millis) {
    now.set(millis * 1_000_000L);
  }

  @Test
  void aQuickReviewShowsNothing() {
    at(200);
    line.update("running", 3, 30);
    line.finish();
    assertEquals("", err.toString());
  }

  @Test
  void aLongReviewRewritesOneLineAtMostEveryTenthOfASecondThenErasesIt() {
    at(1200);
    line.update("running", 3, 30);
    at(1250);
    line.update("running", 4, 30);
    at(1400);
    line.update("running", 9, 30);
    at(1410);
    line.update("running", 30, 30);
    line.finish();
    assertEquals("\rreview: running 3/30 runs...\u001b[K\rreview: running 9/30 runs...\u001b[K"
        + "\rreview: running 30/30 runs...\u001b[K\r\u001b[K", err.toString());
  }

  @Test
  void phasesWithoutACountShowTheirName() {
    at(5000);
    line.update("building the patched kernel (default)", 0, 0);
    assertTrue(err.toString().contains("review: building the patched kernel (default)..."), err.toString());
  }

  @Test
  void theCorpusCountsEntries() {
    ProgressLine entries = new ProgressLine(new PrintWriter(err), now::get, 1000, "entries");
    at(1500);
    entries.update("replaying the history", 6, 14);
    entries.finish();
    assertEquals("\rreview: replaying the history 6/14 entries...\u001b[K\r\u001b[K", err.toString());
  }
}
