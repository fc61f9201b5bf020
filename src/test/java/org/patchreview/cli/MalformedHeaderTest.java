package org.patchreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file header JGit cannot read (it throws on a bad object id or mode) is an input error: one line naming the mail
 * and the line, exit 3, nothing on standard output, never an internal error.
 */
class MalformedHeaderTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"index 36ec9c8f6e16..3234fe9bba6g 100644", "index 36ec9c8f6e16", "index ..",
      "index 36ec9c8f6e16..3234fe9bba6e 99999999999", "index aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa..3234fe9bba6e 100644"})
  void aMalformedIndexLineIsOneLineAndExitThree(String line) throws IOException {
    String mail = Files.readString(Path.of(ReferencePatchTest.PATCH)).replace("index 36ec9c8f6e16..3234fe9bba6e 100644",
        line);
    Path p = dir.resolve("bad-index.mbox");
    Files.writeString(p, mail);
    CommandLineRun r = CommandLineRun.of("apply", p.toString());
    assertEquals(3, r.exitCode(), r.err());
    assertEquals("", r.out());
    assertEquals("review: " + p + ":52: error: malformed diff: the index line is not \"index OLD..NEW [MODE]\" with"
        + " object ids of 1 to 40 hexadecimal digits and an octal mode; this patch cannot be applied\n", r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"new file mode 99999999999", "deleted file mode abc", "old mode 10x644"})
  void aMalformedModeLineIsOneLineAndExitThree(String line) throws IOException {
    String mail = Files.readString(Path.of(ReferencePatchTest.PATCH)).replace(
        "index 36ec9c8f6e16..3234fe9bba6e 100644", line + "\nindex 36ec9c8f6e16..3234fe9bba6e");
    Path p = dir.resolve("bad-mode.mbox");
    Files.writeString(p, mail);
    CommandLineRun r = CommandLineRun.of("apply", p.toString());
    assertEquals(3, r.exitCode(), r.err());
    assertEquals("", r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertEquals("review: " + p + ":52: error: malformed diff: the " + line.substring(0, line.lastIndexOf(' '))
        + " line needs an octal file mode (such as 100644); this patch cannot be applied\n", r.err());
  }

  /**
   * A header whose paths do not read (the git line names two different files, the --- line is cut, no +++ line) is
   * refused with one line, and choosing the base before that does not ask a tree for a file with no name.
   */
  @org.junit.jupiter.api.Test
  void aHeaderWithoutPathsIsOneLineAndExitThree() throws IOException {
    String mail = String.join("\n", "From: A Developer <dev@example.org>", "Subject: [PATCH] ARM: dma-mapping: x",
        "Date: Tue, 16 May 2017 18:14:05 +0300", "Message-Id: <no-paths@example.org>", "", "Remember it.", "",
        "Signed-off-by: A Developer <dev@example.org>", "---",
        "diff --git a/arch/arm/mm/dma-mapping.c b/a5ch/arm/mm/dma-mapping.c", "---ng.c",
        "@@ -2433,3 +2433,4 @@ void arch_setup_dma_ops(struct device *dev, u64 dma_base, u64 size,", " #+endif",
        "+\tdev->archdata.dma_ops_setup = true;", " s", " ", "");
    Path p = dir.resolve("no-paths.mbox");
    Files.writeString(p, mail);
    CommandLineRun r = CommandLineRun.of("apply", p.toString());
    assertEquals(3, r.exitCode(), r.err());
    assertEquals("", r.out());
    assertEquals("review: " + p + ":10: error: (unnamed file) is refused: the old path is empty or not in the header"
        + " (--- a/)\n", r.err());
  }
}
