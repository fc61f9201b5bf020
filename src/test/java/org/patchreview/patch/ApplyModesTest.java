package org.patchreview.patch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.patchreview.corpus.Corpus;
import org.patchreview.c.Config;
import org.patchreview.diag.Diagnostic;
import org.patchreview.mail.MailReader;
import org.patchreview.mail.PatchMail;
import org.patchreview.scenario.Matrix;
import org.patchreview.tree.SourceTree;

/** Application modes and targets beyond the triples: the model, whole trees, series, symbolic links, diagnosis. */
class ApplyModesTest {
  private static final String DMA_MAPPING_C = "arch/arm/mm/dma-mapping.c";
  private static final Path PATCHES = Path.of("src/test/resources/patch");

  private static PatchMail diff(String name, String text) {
    return MailReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name).patches().get(0);
  }

  private static PatchMail triple(String name) {
    return MailReader.read(PATCHES.resolve(name + ".patch")).patches().get(0);
  }

  private static SourceTree foo(String image) throws IOException {
    return SourceTree.of("test", Map.of("drivers/misc/foo.c", Files.readAllBytes(PATCHES.resolve(image))));
  }

  @Test
  void theReferencePatchLandsInItsFunctionOnTheModel() {
    List<Config> configs = Corpus.bundled().matrix().configs().stream().map(Matrix.ConfigEntry::config).toList();
    ApplyResult result = Patcher.apply(Corpus.bundled().kernel(), PatcherTest.reference(),
        ApplyOptions.model().withAnchorConfigs(configs));
    assertTrue(result.applied(), result.diagnostics().toString());
    HunkResult dma = result.files().get(1).hunks().get(0);
    assertEquals(DMA_MAPPING_C, result.files().get(1).path());
    assertEquals(HunkOutcome.OFFSET, dma.outcome());
    assertEquals(new Anchor("arch_setup_dma_ops", true, ""), dma.anchor());
    assertEquals(new Anchor("", null, ""), result.files().get(0).hunks().get(0).anchor(), "a struct is not checked");
  }

  @Test
  void aFailedHunkShowsTheMostSimilarPlaceSideBySide() throws IOException {
    ApplyResult result = Patcher.apply(foo("fails_PreImage"), triple("fails"));
    HunkResult failed = result.files().get(0).hunks().get(1);
    Mismatch m = failed.mismatch();
    assertEquals(43, m.line());
    assertEquals(0, m.firstDifference());
    assertEquals(2, m.same());
    assertEquals(List.of("    struct foo_priv *priv = dev_get_drvdata(dev);", "", "    foo_disable(priv);", "}", "",
        "MODULE_LICENSE(\"GPL\");"), m.expected());
    assertEquals(List.of("    struct foo_priv *priv = dev_get_drvdata(dev->parent);", "", "    foo_disable(priv);",
        "    pm_runtime_disable(dev);", "}", ""), m.found());
    assertNull(result.files().get(0).hunks().get(0).mismatch(), "only failed hunks carry a mismatch");
  }

  @Test
  void aWholeTreeFailsMissingFilesAndChecksIndexLines() throws IOException {
    ApplyOptions whole = ApplyOptions.realTree();
    ApplyResult missing = Patcher.apply(SourceTree.empty("linux"), triple("clean"), whole);
    assertEquals(FileOutcome.FAILED, missing.files().get(0).outcome());
    assertTrue(missing.diagnostics().get(0).message().endsWith("drivers/misc/foo.c does not exist in linux"),
        missing.diagnostics().toString());

    ApplyResult same = Patcher.apply(foo("clean_PreImage"), triple("clean"), whole);
    assertTrue(same.applied());
    assertEquals(List.of(), same.diagnostics(), "index e21b6b1 is the blob of clean_PreImage");
    ApplyResult moved = Patcher.apply(foo("fuzz_PreImage"), triple("clean"), whole.withFuzz(1));
    assertTrue(moved.applied());
    List<String> warnings = moved.diagnostics().stream().map(Diagnostic::message).toList();
    assertEquals(List.of("the patch was made against another version of drivers/misc/foo.c (its index line says "
        + "e21b6b16aa671833cc9d11574bcac17b3c6d5b5d, the tree has 4ecad3a94b3d94fa3cd0d5a028ac3c3b7fb33fa3)"),
        warnings);
  }

  @Test
  void aSeriesIsUndoneLastMailFirst() throws IOException {
    SourceTree base = foo("clean_PreImage");
    PatchMail first = triple("clean");
    PatchMail second = diff("second.diff", """
        diff --git a/drivers/misc/foo.c b/drivers/misc/foo.c
        --- a/drivers/misc/foo.c
        +++ b/drivers/misc/foo.c
        @@ -17,6 +17,6 @@ static int foo_enable(struct foo_priv *priv)
        \s
         \tpriv->enabled = true;
        -\tdev_dbg(priv->dev, "enabled\\n");
        +\tdev_dbg(priv->dev, "enabled again\\n");
         \treturn 0;
         }
        \s
        """);
    List<ApplyResult> forward = Patcher.applySeries(base, List.of(first, second), ApplyOptions.model());
    assertTrue(forward.get(1).applied(), forward.get(1).diagnostics().toString());
    SourceTree patched = forward.get(1).after();
    List<ApplyResult> back = Patcher.applySeries(patched, List.of(first, second), ApplyOptions.model()
        .withReverse(true));
    assertTrue(back.stream().allMatch(ApplyResult::applied), back.toString());
    assertSame(patched, back.get(1).before(), "the last mail is undone first");
    assertArrayEquals(base.read("drivers/misc/foo.c").orElseThrow(),
        back.get(0).after().read("drivers/misc/foo.c").orElseThrow());
  }

  @Test
  void nothingIsWrittenThroughASymbolicLinkOfTheTree() {
    TreeMap<String, Supplier<byte[]>> files = new TreeMap<>();
    files.put("drivers/misc/Makefile", () -> new byte[0]);
    SourceTree tree = SourceTree.lazy("linux", files, Map.of("drivers/misc/foo", "/etc"));
    ApplyResult result = Patcher.apply(tree, diff("link.diff", """
        diff --git a/drivers/misc/foo/passwd b/drivers/misc/foo/passwd
        new file mode 100644
        --- /dev/null
        +++ b/drivers/misc/foo/passwd
        @@ -0,0 +1 @@
        +root::0:0::/:/bin/sh
        """), ApplyOptions.realTree());
    assertEquals(FileOutcome.REFUSED, result.files().get(0).outcome());
    assertEquals("link.diff:1: error: drivers/misc/foo/passwd is refused: the path drivers/misc/foo/passwd goes "
        + "through the symbolic link drivers/misc/foo (to /etc), which may lead out of the tree",
        result.diagnostics().get(0).oneLine());
    assertSame(tree, result.after());
  }

  @Test
  void aCopyCannotBeReversed() {
    PatchMail copy = diff("copy.diff", """
        diff --git a/a.c b/b.c
        similarity index 100%
        copy from a.c
        copy to b.c
        """);
    SourceTree tree = SourceTree.of("t", Map.of("a.c", "x\n".getBytes(StandardCharsets.UTF_8), "b.c",
        "x\n".getBytes(StandardCharsets.UTF_8)));
    ApplyResult result = Patcher.apply(tree, copy, ApplyOptions.model().withReverse(true));
    assertEquals(FileOutcome.FAILED, result.files().get(0).outcome());
    assertEquals("copy.diff:1: error: b.c cannot be patched: a copy cannot be applied in reverse",
        result.diagnostics().get(0).oneLine());
  }

  @Test
  void whitespaceIsTriedOnlyAfterAnExactMatchFails() throws IOException {
    ApplyResult exact = Patcher.apply(foo("clean_PreImage"), triple("clean"),
        ApplyOptions.model().withIgnoreWhitespace(true));
    assertEquals(List.of(HunkOutcome.CLEAN, HunkOutcome.CLEAN),
        exact.files().get(0).hunks().stream().map(HunkResult::outcome).toList());
    ApplyResult strict = Patcher.apply(foo("whitespace_PreImage"), triple("whitespace"));
    assertFalse(strict.applied(), "without --ignore-whitespace a re-indented context does not match");
  }
}
