package org.patchreview.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patchreview.mail.MailReader;
import org.patchreview.patch.Patcher;
import org.patchreview.tree.SourceTree;

/** The history chain: earlier entries reached in reverse, later ones and side branches applied, tags and commits. */
class HistoryTest {
  static final Path REFERENCE = Path.of("patches/0001-ARM-dma-mapping-Don-t-tear-third-party-mappings.mbox");
  static final Path ALTERNATIVE = Path.of("patches/0005-ARM-dma-mapping-Reset-DMA-ops-when-tearing-down-a-device.mbox");

  static SourceTree history(String chain, Map<String, Path> entries) throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    files.put("chain.txt", chain.getBytes());
    for (Map.Entry<String, Path> e : entries.entrySet()) {
      files.put(e.getKey() + "/patch.mbox",
          asEntry(Files.readString(e.getValue()), e.getKey().contains("ref") ? "a93a121a9653" : "0123456789ab")
              .getBytes());
    }
    return SourceTree.of("history", files);
  }

  /** A mail made a history entry of the upstream commit {@code id}: a Link: trailer, b4's From line. */
  static String asEntry(String mail, String id) {
    return mail.replaceFirst("\\AFrom [0-9a-f]{40} ", "From git@z ")
        .replace("\nSigned-off-by:", "\nLink: https://git.kernel.org/linus/" + id + "\nSigned-off-by:");
  }

  @Test
  void earlierEntriesAreReachedByApplyingThemInReverse() throws IOException {
    SourceTree kernel = Corpus.bundled().kernel();
    SourceTree patched = Patcher.apply(kernel, MailReader.read(REFERENCE).patches().get(0)).after();
    History.ReadResult r = History.read(history("root tag v4.11\n0001-ref tag v4.12\nbase tag v4.12-base\n",
        Map.of("0001-ref", REFERENCE)), patched);
    assertFalse(r.hasErrors(), r.diagnostics().toString());
    HistoryEntry ref = r.history().entries().get(0);
    assertEquals(HistoryEntry.Kind.EARLIER, ref.kind());
    assertEquals("a93a121a9653", ref.upstream());
    assertEquals(List.of("7b07cbefb68d"), ref.fixes());
    assertEquals(kernel.digest(), r.history().before(ref).digest(), "reverse application restores the tree");
    assertEquals(patched.digest(), r.history().after(ref).digest());
    assertEquals(kernel.digest(), r.history().resolve("v4.11").orElseThrow().digest(), "root names the oldest state");
    assertEquals("v4.11", r.history().parentName(ref));
  }

  @Test
  void laterEntriesSideBranchesTagsAndCommits() throws IOException {
    SourceTree kernel = Corpus.bundled().kernel();
    History.ReadResult r = History.read(history("# test\nbase tag v4.12-rc1\n0001-ref tag v4.12\n"
        + "0002-alt after base\n", Map.of("0001-ref", REFERENCE, "0002-alt", ALTERNATIVE)), kernel);
    assertFalse(r.hasErrors(), r.diagnostics().toString());
    History h = r.history();
    HistoryEntry alt = h.entries().get(1);
    assertEquals(HistoryEntry.Kind.SIDE, alt.kind());
    assertEquals(kernel, h.before(alt));
    assertEquals(kernel.digest(), h.resolve("v4.12-rc1").orElseThrow().digest());
    assertEquals(h.after(h.entries().get(0)).digest(), h.resolve("v4.12").orElseThrow().digest());
    assertEquals("v4.12", h.parentName(alt).equals("v4.12-rc1") ? "v4.12" : "wrong");
    assertEquals(h.after(h.entries().get(0)).digest(), h.resolve("main").orElseThrow().digest(), "main is the newest");
    assertEquals(kernel.digest(), h.resolve("v4.12~1").orElseThrow().digest(), "git revision syntax works");
    assertEquals(h.after(alt).digest(), h.resolve("0002-alt").orElseThrow().digest());
    assertTrue(h.resolve("v9.9").isEmpty());
    assertEquals("v4.12", h.statesNewestFirst().get(0).getKey());
  }

  @Test
  void anEntryThatDoesNotApplyIsAnError() throws IOException {
    History.ReadResult r = History.read(history("base\n0001-ref\n0002-ref-again\n",
        Map.of("0001-ref", REFERENCE, "0002-ref-again", REFERENCE)), Corpus.bundled().kernel());
    assertTrue(r.hasErrors());
    assertTrue(r.diagnostics().stream().anyMatch(d -> d.oneLine().contains("does not apply")), r.diagnostics()
        .toString());
  }

  @Test
  void aChainWithoutBaseOrWithAMissingEntryIsReported() throws IOException {
    assertTrue(History.read(history("0001-ref\n", Map.of("0001-ref", REFERENCE)), Corpus.bundled().kernel()).hasErrors());
    History.ReadResult r = History.read(history("base\n0009-nope\n", Map.of()), Corpus.bundled().kernel());
    assertFalse(r.diagnostics().isEmpty());
    assertEquals("history/0009-nope/patch.mbox: error: missing: chain.txt names 0009-nope",
        r.diagnostics().get(0).oneLine());
    History.ReadResult alone = History.read(history("root tag v4.11\nbase tag v4.12-rc1\n", Map.of()),
        Corpus.bundled().kernel());
    assertTrue(alone.diagnostics().get(0).oneLine().contains("no entry comes before base: tag base instead"),
        alone.diagnostics().toString());
    History.ReadResult afterBad = History.read(history("what is this?\nroot tag v4.11\nbase\n", Map.of()),
        Corpus.bundled().kernel());
    assertTrue(afterBad.diagnostics().stream().anyMatch(d -> d.oneLine().startsWith("history/chain.txt:2: error: "
        + "'root tag vX.Y'")), afterBad.diagnostics().toString());
    History.ReadResult late = History.read(history("base\nroot tag v4.11\n", Map.of()), Corpus.bundled().kernel());
    assertEquals("history/chain.txt:2: error: 'root tag vX.Y' names the state before the first entry and must be the"
        + " first line", late.diagnostics().get(0).oneLine());
  }
}
