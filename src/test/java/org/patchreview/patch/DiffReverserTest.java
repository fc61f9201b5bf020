package org.patchreview.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.patchreview.corpus.Corpus;
import org.patchreview.mail.MailReader;
import org.patchreview.mail.PatchMail;
import org.patchreview.tree.SourceTree;

/** A diff and its reverse: applying one then the other gives the tree back. */
class DiffReverserTest {
  @Test
  void reverseUndoesThePatch() {
    PatchMail m = MailReader.read(Path.of("patches/0001-ARM-dma-mapping-Don-t-tear-third-party-mappings.mbox"))
        .patches().get(0);
    SourceTree kernel = Corpus.bundled().kernel();
    ApplyResult forward = Patcher.apply(kernel, m);
    assertTrue(forward.applied());
    PatchMail back = new PatchMail(m.source(), m.sourceLine(), m.subject(), m.rawSubject(), m.prefix(), m.authorName(),
        m.authorEmail(), m.date(), m.messageId(), m.inReplyTo(), m.references(), m.message(), m.trailers(),
        DiffReverser.reverse(m.diff()), m.diffLine());
    ApplyResult reverse = Patcher.apply(forward.after(), back);
    assertTrue(reverse.applied(), reverse.diagnostics().toString());
    assertEquals(kernel.digest(), reverse.after().digest());
  }

  @Test
  void headersModesRenamesAndHunkRangesSwap() {
    String diff = "diff --git a/x.c b/y.c\nold mode 100644\nnew mode 100755\nrename from x.c\nrename to y.c\n"
        + "index 1111111..2222222\n--- a/x.c\n+++ b/y.c\n@@ -1,2 +1,3 @@ f\n a\n-b\n+c\n+d\n";
    assertEquals("diff --git a/y.c b/x.c\nold mode 100755\nnew mode 100644\nrename from y.c\nrename to x.c\n"
        + "index 2222222..1111111\n--- a/y.c\n+++ b/x.c\n@@ -1,3 +1,2 @@ f\n a\n-c\n-d\n+b\n",
        DiffReverser.reverse(diff));
  }

  @Test
  void newFilesBecomeDeletions() {
    String diff = "diff --git a/n.c b/n.c\nnew file mode 100644\nindex 0000000..3333333\n--- /dev/null\n+++ b/n.c\n"
        + "@@ -0,0 +1 @@\n+x\n";
    String reversed = DiffReverser.reverse(diff);
    assertTrue(reversed.contains("deleted file mode 100644\n"), reversed);
    assertTrue(reversed.contains("--- a/n.c\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n"), reversed);
  }
}
