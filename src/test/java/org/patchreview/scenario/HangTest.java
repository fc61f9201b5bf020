package org.patchreview.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.patchreview.cli.Main;

/**
 * A hung CPU never comes back: the mail in {@code runaway-in-setup.mbox} makes {@code arch_setup_dma_ops()}, which
 * every device's DMA configuration calls, wait forever for a flag nothing sets. Each run stops at its first hang, and
 * is compared with the run before the patch only up to that step, so the steps it never ran do not read as behaviour
 * the patch removed.
 */
class HangTest {
  private static final String MAIL = "src/test/resources/scenario/runaway-in-setup.mbox";

  @Test
  void eachRunStopsAtItsFirstHangAndIsComparedUpToIt() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"apply", "--full", "--color", "never", "--width", "200", MAIL},
        new PrintWriter(out, true), new PrintWriter(err, true));
    String text = out.toString();
    assertEquals(1, code, err.toString());
    assertTrue(text.contains("40 runs (4 boards x 2 configs x 5 scenarios): 40 regressed"), text);
    Matcher run = Pattern.compile("(?m)^REGRESSED  (\\S+) / (\\S+) / (\\S+)\\n((?:  .*\\n)*)").matcher(text);
    int runs = 0;
    while (run.find()) {
      runs++;
      String body = run.group(4);
      assertEquals(1, count(body, "fault new: step budget exhausted (hang) in arch_setup_dma_ops"), body);
      String hungIn = body.substring(body.indexOf("[") + 1, body.indexOf("]"));
      for (String later : new String[] {"unbind", "rebind", "retry", "end"}) {
        assertTrue(hungIn.equals(later) || !body.contains("[" + later + "]"),
            run.group(0) + " shows step " + later + " after hanging in " + hungIn);
      }
    }
    assertEquals(40, runs, text);
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
