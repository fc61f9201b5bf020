package org.patchreview.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patchreview.mail.MailReader;
import org.patchreview.mail.PatchMail;
import org.patchreview.patch.ApplyResult;
import org.patchreview.patch.Patcher;
import org.patchreview.tree.SourceTree;

/**
 * Lines moved through a patch's hunks: the two-patch series of the report tests on a 29-line file, where patch 1
 * inserts two lines before line 27 and patch 2 rewrites line 18.
 */
class PatchLinesTest {
  private static final String FILE = "drivers/foo/foo.c";

  private static PatchLines series() throws Exception {
    List<PatchMail> mails = MailReader.read(Path.of("src/test/resources/report/synthetic-series.mbox")).patches();
    SourceTree tree = SourceTree.of("t", Map.of(FILE,
        java.nio.file.Files.readAllBytes(Path.of("src/test/resources/report/synthetic-tree/" + FILE))));
    List<ApplyResult> applied = Patcher.applySeries(tree, mails);
    return PatchLines.of(mails, applied);
  }

  @Test
  void unchangedLinesFollowTheInsertedOnes() throws Exception {
    PatchLines lines = series();
    assertEquals(17, lines.map(FILE, 17));
    assertEquals(26, lines.map(FILE, 26));
    assertEquals(29, lines.map(FILE, 27), "kfree(priv->buf) moves down by the two inserted lines");
    assertEquals(31, lines.map(FILE, 29), "past the last hunk, the whole shift applies");
  }

  @Test
  void aRewrittenLineHasNoCounterpart() throws Exception {
    assertEquals(-1, series().map(FILE, 18));
  }

  @Test
  void hunksAreNamedByWhatTheyAddedAndRemoved() throws Exception {
    PatchLines lines = series();
    assertEquals(new HunkRef(1, FILE, 1, "@@ -24,6 +24,8 @@ static void foo_remove(struct device *dev)"),
        lines.added(FILE, 27));
    assertEquals(2, lines.added(FILE, 18).patch());
    assertEquals(2, lines.removed(FILE, 18).patch());
    assertNull(lines.added(FILE, 29), "a context line was added by nobody");
    assertEquals(1, lines.around(FILE, 29).patch(), "but it lies in patch 1's hunk");
    assertNull(lines.around(FILE, 5));
    assertEquals(true, lines.series());
  }

  @Test
  void hunksKeepTheirBodyAndPlace() throws Exception {
    PatchLines lines = series();
    assertEquals(2, lines.files().size());
    PatchHunk first = lines.files().get(0).hunks().get(0);
    assertEquals(24, first.oldStart());
    assertEquals(24, first.newStart());
    assertEquals("+\tif (--priv->users)", first.lines().get(3));
    assertEquals(27, first.newLineOf(3));
    assertEquals(-1, first.oldLineOf(3));
    assertEquals(27, first.oldLineOf(5));
    assertEquals("diff --git a/drivers/foo/foo.c b/drivers/foo/foo.c", lines.files().get(0).header().get(0));
  }
}
