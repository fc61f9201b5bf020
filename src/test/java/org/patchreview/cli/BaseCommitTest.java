package org.patchreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mail's base-commit: chooses the base when the modelled history models that commit, and is reported either way. */
class BaseCommitTest {
  /** Applies to v4.12-rc1 and, since the reference patch leaves its lines alone, to v4.12 as well. */
  private static final Path CLEANUP = Path.of("patches/0004-ARM-dma-mapping-Minor-comment-and-naming-cleanups.mbox");

  @TempDir Path dir;

  private Path withBaseCommit(String commit) throws IOException {
    Path p = dir.resolve("based.mbox");
    Files.writeString(p, Files.readString(CLEANUP).replace("\n-- \n", "\n\nbase-commit: " + commit + "\n-- \n"));
    return p;
  }

  private static String base(CommandLineRun r) {
    assertEquals(0, r.exitCode(), r.err());
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"base\": \"([^\"]*)\"").matcher(r.out());
    assertTrue(m.find(), r.out());
    return m.group(1);
  }

  @Test
  void aCommitTheHistoryModelsIsTheBase() throws IOException {
    String plain = base(CommandLineRun.of("apply", CLEANUP.toString(), "--format", "json"));
    assertEquals("the modelled kernel at v4.12-rc1 (the newest modelled state the patch applies to cleanly)", plain);
    // 09515ef5ddad is the upstream commit of history entry 0001, an older state the cleanup applies to as well.
    String named = base(CommandLineRun.of("apply", withBaseCommit("09515ef5ddad").toString(), "--format", "json"));
    assertEquals("the modelled kernel after 0001-of-acpi-configure-dma-at-probe-time (the mail's base-commit "
        + "09515ef5ddad, which the modelled history holds)", named);
  }

  @Test
  void anUnknownCommitIsSaidAndTheStateIsChosenAsWithout() throws IOException {
    String unknown = base(CommandLineRun.of("apply", withBaseCommit("0123456789abcdef0123456789abcdef01234567")
        .toString(), "--format", "json"));
    assertEquals("the modelled kernel at v4.12-rc1 (the newest modelled state the patch applies to cleanly; the mail's"
        + " base-commit 0123456789ab is unknown to the model)", unknown);
  }

  @Test
  void aNamedStateWhereThePatchDoesNotApplyIsSaidAndAnotherChosen() throws IOException {
    // f091e93306e0 is the upstream commit of entry 0014, whose state v6.10 no longer has the lines 0004 changes.
    String late = base(CommandLineRun.of("apply", withBaseCommit("f091e93306e0").toString(), "--format", "json"));
    assertEquals("the modelled kernel at v4.12-rc1 (the newest modelled state the patch applies to cleanly; the mail's"
        + " base-commit f091e93306e0 is v6.10 in the model, where the patch does not apply)", late);
  }

  @Test
  void anExplicitBaseWins() throws IOException {
    String given = base(CommandLineRun.of("apply", withBaseCommit("7b07cbefb68d").toString(), "--base", "v4.12",
        "--format", "json"));
    assertEquals("the modelled kernel at v4.12", given);
  }
}
