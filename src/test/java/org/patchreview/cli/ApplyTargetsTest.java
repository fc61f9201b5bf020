package org.patchreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchreview.corpus.Corpus;
import org.patchreview.report.Json;
import org.patchreview.tree.SourceTree;

/** {@code review apply} with --check, -R, --fuzz, --tree DIR and --tree REPO --rev, through the command line. */
class ApplyTargetsTest {
  private static final String REFERENCE = ReferencePatchTest.PATCH;
  private static final Path CLEAN = Path.of("src/test/resources/patch/clean.patch");
  private static final String FOO = "drivers/misc/foo.c";

  @TempDir
  Path dir;

  /** A directory holding the modelled kernel's files, standing for a user's tree. */
  private Path modelTree() throws IOException {
    Path linux = dir.resolve("kernel");
    SourceTree model = Corpus.bundled().kernel();
    for (String p : model.paths()) {
      Files.createDirectories(linux.resolve(p).getParent());
      Files.write(linux.resolve(p), model.read(p).orElseThrow());
    }
    return linux;
  }

  /** Two consecutive commits of the modelled history (the reference patch, then 0005) as one mbox. */
  private Path historySeries() throws IOException {
    Path series = dir.resolve("series.mbox");
    Files.writeString(series, Files.readString(Path.of(
        "corpus/history/0003-arm-dma-mapping-dont-tear-third-party-mappings/patch.mbox")) + "\n" + Files.readString(
        Path.of("corpus/history/0005-arm-dma-mapping-set-proper-dma-ops-in-arm-iommu-detach-device/patch.mbox")));
    return series;
  }

  @Test
  void checkAppliesAndReportsWithoutReplaying() {
    CommandLineRun r = CommandLineRun.of("apply", "--full", "--check", REFERENCE);
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("    arch/arm/mm/dma-mapping.c      offset -1742 lines (in arch_setup_dma_ops)\n"),
        r.out());
    assertTrue(r.out().endsWith("\nbehaviour not replayed: --check applies and reports only\n"), r.out());
  }

  @Test
  void aReversedPatchThatIsNotThereFailsWithTheMostSimilarPlaceSideBySide() {
    CommandLineRun r = CommandLineRun.of("apply", "-R", "--base", "v4.12-rc1", REFERENCE);
    assertEquals(3, r.exitCode(), r.err());
    assertEquals("", r.out());
    String[] lines = r.err().split("\n");
    assertTrue(lines[0].startsWith("review: " + REFERENCE + ":55: error: hunk #1 (@@ -19,8 +19,7 @@ struct "
        + "dev_archdata {) of arch/arm/include/asm/device.h does not apply: the most similar place is line 19"), lines[0]);
    assertTrue(r.err().contains("\n  arch/arm/include/asm/device.h, hunk #1 @@ -19,8 +19,7 @@\n"
        + "    the patch expects                            arch/arm/include/asm/device.h at line 19\n"), r.err());
    assertTrue(r.err().contains("\n        unsigned int dma_coherent:1;           |     bool dma_coherent;\n"),
        r.err());
  }

  @Test
  void jsonGivesTheFailureDiagnosisToo() {
    CommandLineRun r = CommandLineRun.of("apply", "-R", "--base", "v4.12-rc1", "--format", "json", REFERENCE);
    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.out().contains("\"replayed_on\": null,\n  \"not_replayed\": \"the patch does not apply\""), r.out());
    assertTrue(r.out().contains("\"outcome\": \"failed\",\n              \"offset\": 0,\n              \"fuzz\": 0,"),
        r.out());
    assertTrue(r.out().contains("\"found_at\": 19,\n              \"first_difference\": 3,"), r.out());
    assertTrue(r.out().contains("\"found\": [\"#ifdef CONFIG_XEN\","), r.out());
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertEquals(2, CommandLineRun.of("apply", "--fuzz", "-1", REFERENCE).exitCode());
    CommandLineRun rev = CommandLineRun.of("apply", "--rev", "v4.12", REFERENCE);
    assertEquals(2, rev.exitCode());
    assertTrue(rev.err().startsWith("review: --rev needs --tree REPO\n"), rev.err());
    CommandLineRun missing = CommandLineRun.of("apply", "--tree", dir.resolve("nope").toString(), REFERENCE);
    assertEquals(3, missing.exitCode());
    assertEquals("review: " + dir.resolve("nope") + ": error: no such directory (--tree needs a directory or a git "
        + "repository)\n", missing.err());
  }

  @Test
  void unsafePathsAreRefused() {
    CommandLineRun r = CommandLineRun.of("apply", "src/test/resources/patch/refuse_dotdot.patch");
    assertEquals(3, r.exitCode());
    assertTrue(r.err().startsWith("review: src/test/resources/patch/refuse_dotdot.patch:13: error: ../../.bashrc is "
        + "refused: the path ../../.bashrc goes up with '..' and may leave the tree\n"), r.err());
  }

  /** A directory holding the modelled kernel's files stands for a real tree: applied there, replayed on the model. */
  @Test
  void aDirectoryIsPatchedAndTheModelReplayed() throws IOException {
    Path linux = modelTree();
    byte[] before = Files.readAllBytes(linux.resolve("arch/arm/mm/dma-mapping.c"));
    CommandLineRun r = CommandLineRun.of("apply", "--tree", linux.toString(), "--format", "json", REFERENCE);
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("\"base\": \"kernel (directory)\",\n  \"base_state\": null,\n  \"replayed_on\": \"the "
        + "modelled kernel at v4.12-rc1 "), r.out());
    assertTrue(r.out().contains("\"model_files\": ["), r.out());
    assertTrue(r.out().contains("\"function\": \"arch_setup_dma_ops\", \"anchored\": true,"), r.out());
    assertTrue(r.out().contains("\"summary\": {\"regressed\": 0, \"fixed\": 10,"), r.out());
    assertTrue(r.err().contains("warning: the patch was made against another version of arch/arm/mm/dma-mapping.c"
        + " (its index line says c742dfd2967b, the tree has "), r.err());
    assertEquals(new String(before, StandardCharsets.UTF_8),
        Files.readString(linux.resolve("arch/arm/mm/dma-mapping.c")), "the user's tree is never written");
  }

  /**
   * A series on a directory: each patch applies to the user's tree and to the model, the whole is replayed on the
   * model, and each patch on its own on the model state the one before left.
   */
  @Test
  void aSeriesOnADirectoryIsReplayedPatchByPatchOnTheModel() throws IOException {
    Path linux = modelTree();
    Path series = historySeries();
    CommandLineRun r = CommandLineRun.of("apply", "--tree", linux.toString(), "--format", "json", series.toString());
    // 0005 leaves reprobed private-IOMMU masters without their IOMMU: the series regresses.
    assertEquals(1, r.exitCode(), r.err());
    Map<?, ?> report = (Map<?, ?>) Json.parse(r.out());
    assertEquals("kernel (directory)", report.get("base"));
    assertTrue(String.valueOf(report.get("replayed_on")).startsWith("the modelled kernel"), r.out());
    List<?> patches = (List<?>) report.get("patches");
    assertEquals(2, patches.size());
    for (Object p : patches) {
      Map<?, ?> patch = (Map<?, ?>) p;
      assertTrue(((List<?>) patch.get("files")).stream().allMatch(f -> "applied".equals(((Map<?, ?>) f)
          .get("outcome"))), "applies to the user's tree: " + patch.get("subject"));
      assertTrue(((List<?>) patch.get("model_files")).stream().allMatch(f -> "applied".equals(((Map<?, ?>) f)
          .get("outcome"))), "applies to the model: " + patch.get("subject"));
      assertTrue(patch.get("replay") instanceof Map, "replayed on its own: " + patch.get("subject"));
    }
    Map<?, ?> first = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) patches.get(0)).get("replay")).get("summary");
    assertTrue((Long) first.get("fixed") > 0, "the reference patch on its own fixes runs: " + first);
    Map<?, ?> second = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) patches.get(1)).get("replay")).get("summary");
    assertTrue((Long) second.get("regressed") > 0, "0005 on its own loses isolation: " + second);
  }

  /** A repository built here: commit one holds the pre-image, commit two and the work tree something else. */
  @Test
  void aRepositoryIsPatchedAtRevOrAtTheMailsBaseCommit() throws Exception {
    Path linux = dir.resolve("linux");
    RevCommit first;
    try (Git git = Git.init().setDirectory(linux.toFile()).setInitialBranch("master").call()) {
      Files.createDirectories(linux.resolve(FOO).getParent());
      Files.write(linux.resolve(FOO), Files.readAllBytes(Path.of("src/test/resources/patch/clean_PreImage")));
      git.add().addFilepattern(".").call();
      first = git.commit().setMessage("foo").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org")
          .setSign(false).call();
      Files.writeString(linux.resolve(FOO), "/* rewritten */\n");
      git.add().addFilepattern(".").call();
      git.commit().setMessage("rewrite").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org")
          .setSign(false).call();
    }
    CommandLineRun head = CommandLineRun.of("apply", "--tree", linux.toString(), CLEAN.toString());
    assertEquals(3, head.exitCode(), "the work tree holds the rewritten file: " + head.err());

    CommandLineRun atRev = CommandLineRun.of("apply", "--full", "--tree", linux.toString(), "--rev", first.name(),
        CLEAN.toString());
    assertEquals(0, atRev.exitCode(), atRev.err());
    assertTrue(atRev.out().contains("  applied to linux at " + first.abbreviate(12).name() + ":\n    " + FOO
        + "  clean, clean\n"), atRev.out());
    // The newest modelled state, named by its tag or (untagged) by its entry.
    assertTrue(atRev.out().contains("  applied to the modelled kernel "), atRev.out());
    assertTrue(atRev.out().contains(" (the newest modelled state the patch applies to cleanly):\n"), atRev.out());
    assertTrue(atRev.out().contains(":\n    " + FOO + "  outside the model (not replayed)\n\nbehaviour not replayed: no "
        + "file it changes is in the modelled kernel\n"), atRev.out());
    assertFalse(atRev.err().contains("another version"), "index e21b6b1 is the blob at " + first.name());

    Path mail = dir.resolve("based.patch");
    Files.writeString(mail, Files.readString(CLEAN).replace("\n-- \n2.39.5", "\nbase-commit: " + first.name()
        + "\n-- \n2.39.5"));
    CommandLineRun based = CommandLineRun.of("apply", "--tree", linux.toString(), "--check", mail.toString());
    assertEquals(0, based.exitCode(), based.err());
    assertTrue(based.err().contains("review: linux: note: applying at base-commit " + first.name()), based.err());
    assertEquals("/* rewritten */\n", Files.readString(linux.resolve(FOO)), "the user's tree is never written");
  }

  /**
   * Two consecutive commits of the modelled history as a series: undone with -R from the state after the second,
   * the whole is the mirror of applying it (what was fixed regresses), and each patch's own replay is listed in
   * mail order, the first one's being the undoing of the reference patch.
   */
  @Test
  void aSeriesUndoneWithReverseIsTheMirrorOfApplyingIt() throws IOException {
    Path series = historySeries();
    CommandLineRun forward = CommandLineRun.of("apply", "--base", "v4.12-rc1", "--format", "json", series.toString());
    CommandLineRun reverse = CommandLineRun.of("apply", "-R", "--base",
        "0005-arm-dma-mapping-set-proper-dma-ops-in-arm-iommu-detach-device", "--format", "json", series.toString());
    assertEquals(1, forward.exitCode(), forward.err());
    assertEquals(1, reverse.exitCode(), reverse.err());
    Map<?, ?> there = (Map<?, ?>) ((Map<?, ?>) Json.parse(forward.out())).get("summary");
    Map<?, ?> back = (Map<?, ?>) ((Map<?, ?>) Json.parse(reverse.out())).get("summary");
    assertTrue((Long) there.get("fixed") > 0, there.toString());
    assertEquals(there.get("fixed"), back.get("regressed"));
    assertEquals(there.get("regressed"), back.get("fixed"));
    assertEquals(there.get("changed"), back.get("changed"));
    List<?> patches = (List<?>) ((Map<?, ?>) Json.parse(reverse.out())).get("patches");
    assertEquals("ARM: dma-mapping: Don't tear down third-party mappings", ((Map<?, ?>) patches.get(0)).get("subject"));
    Map<?, ?> undoFirst = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) patches.get(0)).get("replay")).get("summary");
    assertTrue((Long) undoFirst.get("regressed") > 0, "undoing the reference patch regresses: " + undoFirst);
    List<?> partings = (List<?>) ((Map<?, ?>) Json.parse(reverse.out())).get("partings");
    assertTrue(partings.size() > 0, reverse.out());
    for (Object p : partings) {
      assertTrue(((Map<?, ?>) p).get("hunk") instanceof Map, "undoing: a parting without its hunk: " + p);
    }
  }

  /** Undone with -R, the runs part in lines of the reversed diff: every place they part names the hunk. */
  @Test
  void undoingAPatchNamesTheHunkWhereverTheRunsPart() {
    CommandLineRun r = CommandLineRun.of("apply", "-R", "--base", "0003-arm-dma-mapping-dont-tear-third-party-mappings",
        "--format", "json", "corpus/history/0003-arm-dma-mapping-dont-tear-third-party-mappings/patch.mbox");
    assertEquals(1, r.exitCode(), r.err());
    List<?> partings = (List<?>) ((Map<?, ?>) Json.parse(r.out())).get("partings");
    assertTrue(partings.size() > 0, r.out());
    for (Object p : partings) {
      assertTrue(((Map<?, ?>) p).get("hunk") instanceof Map, "a parting without its hunk: " + p);
    }
  }
}
