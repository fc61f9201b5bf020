package org.patchreview.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patchreview.c.Span;
import org.patchreview.interp.StatementLog;
import org.patchreview.mail.MailReader;
import org.patchreview.mail.PatchMail;
import org.patchreview.observe.Execution;
import org.patchreview.patch.Patcher;
import org.patchreview.tree.SourceTree;

/**
 * Where two recorded runs part, on statement logs written by hand against the first patch of the report tests'
 * series (two lines inserted before old line 27 of foo.c, in foo_remove).
 */
class DivergencesTest {
  private static final String FILE = "drivers/foo/foo.c";

  private static PatchLines patch() throws Exception {
    List<PatchMail> mails = MailReader.read(Path.of("src/test/resources/report/synthetic-escaping.mbox")).patches();
    SourceTree tree = SourceTree.of("t", Map.of(FILE,
        Files.readAllBytes(Path.of("src/test/resources/report/synthetic-tree/" + FILE))));
    return PatchLines.of(mails, Patcher.applySeries(tree, mails));
  }

  /** A log of {@code function:line} statements, and the positions where actions start. */
  private static Execution run(int[] actionStarts, String... statements) {
    StatementLog log = new StatementLog();
    for (String s : statements) {
      String[] fl = s.split(":");
      log.add(new Span(FILE, Integer.parseInt(fl[1]), 1), fl[0]);
    }
    return new Execution(log, log.size(), new int[0], actionStarts);
  }

  private static final SourceText TEXT = (after, file, line) -> (after ? "after " : "before ") + line;

  @Test
  void aLineThePatchAddsIsWhereRunsPartAndNamesItsHunk() throws Exception {
    // Before: probe (13..19), then remove frees at once (25, 27, 28). After: remove tests and returns (25, 27, 28).
    Execution before = run(new int[] {0, 6}, "foo_probe:13", "foo_probe:15", "foo_probe:17", "foo_probe:18",
        "foo_probe:19", "foo_probe:20", "foo_remove:25", "foo_remove:27", "foo_remove:28");
    Execution after = run(new int[] {0, 6}, "foo_probe:13", "foo_probe:15", "foo_probe:17", "foo_probe:18",
        "foo_probe:19", "foo_probe:20", "foo_remove:25", "foo_remove:27", "foo_remove:28");
    Divergences d = Divergences.of(before.log(), after.log(), patch(), TEXT);
    assertEquals(1, d.partings(), "the probe is the same; remove parts once");
    Divergence why = d.forAfter(9, after);
    assertEquals("foo_remove:25", why.at().function() + ":" + why.at().location().split(":")[1]);
    assertEquals(FILE + ":27", why.before().location());
    assertEquals("before 27", why.before().text());
    assertEquals(FILE + ":27", why.after().location());
    assertEquals("after 27", why.after().text());
    assertEquals(1, why.hunk().index());
    assertFalse(why.viaState());
    assertTrue(why.sentence(false).contains("caused by hunk #1 of drivers/foo/foo.c"), why.sentence(false));
  }

  @Test
  void movedLinesAreTheSameStatementAndNothingPartsBeforeTheHunk() throws Exception {
    // Old line 29 is new line 31: the runs agree there, so an observation in the probe has no parting.
    Execution before = run(new int[] {0}, "foo_probe:13", "foo_remove:29");
    Execution after = run(new int[] {0}, "foo_probe:13", "foo_remove:31");
    Divergences d = Divergences.of(before.log(), after.log(), patch(), TEXT);
    assertEquals(0, d.partings());
    assertNull(d.forAfter(2, after));
  }

  @Test
  void aPartingInAnEarlierActionExplainsALaterOneThroughMemory() throws Exception {
    // Action 1 parts at the inserted test; action 2 (from position 3 before, 4 after) runs the same statements, yet a
    // difference seen there is explained by action 1's parting.
    Execution before = run(new int[] {0, 3}, "foo_remove:25", "foo_remove:27", "foo_remove:28", "foo_probe:13",
        "foo_probe:15");
    Execution after = run(new int[] {0, 3}, "foo_remove:25", "foo_remove:27", "foo_remove:28", "foo_probe:13",
        "foo_probe:15");
    Divergences d = Divergences.of(before.log(), after.log(), patch(), TEXT);
    Divergence why = d.forAfter(5, after);
    assertEquals(FILE + ":27", why.after().location());
    assertEquals(1, why.hunk().index());
  }
}
