package org.patchreview.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jgit.patch.HunkHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.patchreview.diag.Diagnostic;

/** Hunks are read by their line counts, and header lines JGit would throw on are one-line errors. */
class DiffBoundsTest {
  private static final String HEAD = "From: A <a@example.org>\nSubject: [PATCH] x: y\n\nWhy.\n\nSigned-off-by: A "
      + "<a@example.org>\n---\n";
  /** Line 8 of the mail: where the diff starts. */
  private static final String DIFF = "diff --git a/x.c b/x.c\nindex 1234567..89abcde 100644\n--- a/x.c\n+++ b/x.c\n"
      + "@@ -1,2 +1,2 @@\n a\n-b\n+c\n";

  private static ParsedDiff parsed(String mail) {
    MailReadResult r = MailReader.read(new ByteArrayInputStream(mail.getBytes(StandardCharsets.UTF_8)), "m.mbox");
    assertEquals(1, r.patches().size(), r.diagnostics().toString());
    return ParsedDiff.of(r.patches().get(0));
  }

  private static List<String> body(ParsedDiff d) {
    HunkHeader h = d.patch().getFiles().get(0).getHunks().get(0);
    String text = new String(h.getBuffer(), h.getStartOffset(), h.getEndOffset() - h.getStartOffset(),
        StandardCharsets.UTF_8);
    return List.of(text.split("\n"));
  }

  @Test
  void whatFollowsTheLastHunkIsNotPartOfIt() {
    ParsedDiff d = parsed(HEAD + DIFF + "\nbase-commit: 0123456789abcdef0123456789abcdef01234567\n"
        + "prerequisite-patch-id: 89abcdef0123456789abcdef0123456789abcdef\n-- \n2.39.5\n\n");
    assertEquals(List.of(), d.diagnostics());
    assertEquals(List.of("@@ -1,2 +1,2 @@", " a", "-b", "+c"), body(d));
  }

  @Test
  void aStrayLineBetweenFilesIsCutAndLaterLinesStillPointAtTheMail() {
    String second = "diff --git a/y.c b/y.c\nindex 1234567..89abcde 100644\n--- a/y.c\n+++ b/y.c\n"
        + "@@ -1 +1 @@\n-p\n+q\n";
    ParsedDiff d = parsed(HEAD + DIFF + "\n---\n" + second);
    assertEquals(List.of(), d.diagnostics());
    assertEquals(List.of("@@ -1,2 +1,2 @@", " a", "-b", "+c"), body(d));
    HunkHeader h = d.patch().getFiles().get(1).getHunks().get(0);
    // The second hunk header is line 8 + 8 (first file) + 2 (blank, ---) + 4 (its file header) of the mail.
    assertEquals(22, d.mailLine(h.getStartOffset()));
    assertEquals("@@ -1 +1 @@", d.lineText(h.getStartOffset()));
  }

  @Test
  void aChangeBeyondTheCountsIsNotAppliedAndSaysSo() {
    ParsedDiff d = parsed(HEAD + DIFF + "+d\n");
    assertEquals(List.of("m.mbox:16: warning: suspicious diff: this line follows the hunk at line 12 beyond its line"
        + " counts, so it is not applied"), d.diagnostics().stream().map(Diagnostic::oneLine).toList());
    assertEquals(List.of("@@ -1,2 +1,2 @@", " a", "-b", "+c"), body(d));
  }

  @ParameterizedTest
  @ValueSource(strings = {"index zz..yy 100644", "index 1234567..abcdefg 100644", "index 1234567..abcdef0 99999999999",
      "index 1234567", "index ", "index 12345678901234567890123456789012345678901234567890..ab 100644",
      "deleted file mode 9999999999999", "new file mode abc"})
  void aMalformedIndexOrModeLineIsAnErrorOnItsLine(String line) {
    String diff = DIFF.replace("index 1234567..89abcde 100644", line);
    ParsedDiff d = parsed(HEAD + diff);
    assertTrue(d.hasErrors());
    Diagnostic e = d.diagnostics().get(0);
    assertEquals(9, e.line(), e.oneLine());
    assertEquals(line, e.quotedLine());
    assertTrue(e.message().startsWith("malformed diff: ") && !e.message().contains("Exception"), e.message());
  }

  @Test
  void anInterdiffIsNotThePatch() {
    String indented = HEAD + "Interdiff against v1:\n  " + DIFF.replace("-b\n+c\n", "-b\n+z\n").replace("\n", "\n  ")
        + "\n x.c | 2 +-\n 1 file changed, 1 insertion(+), 1 deletion(-)\n\n" + DIFF;
    assertEquals(List.of("@@ -1,2 +1,2 @@", " a", "-b", "+c"), body(parsed(indented)));
    String cover = HEAD.replace("[PATCH]", "[PATCH 0/1]") + " x.c | 2 +-\n 1 file changed\n\nInterdiff against v1:\n"
        + DIFF + "\nbase-commit: 0123456789abcdef0123456789abcdef01234567\n";
    MailReadResult r = MailReader.read(new ByteArrayInputStream(cover.getBytes(StandardCharsets.UTF_8)), "c.mbox");
    assertFalse(r.patches().stream().anyMatch(p -> p.diff().contains("diff --git")), r.patches().toString());
  }
}
