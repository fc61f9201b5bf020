package org.patchreview.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.patchreview.tree.BundledCorpus;
import org.patchreview.tree.SourceTree;

/**
 * The bundled history read from the build's snapshot is the history read from its mails: the same entries with the
 * same facts and mails, the same states before and after each (by content), tags and main line. A history whose
 * mails differ from those the snapshot was made from is read from its mails.
 */
class HistorySnapshotTest {
  private static final SourceTree KERNEL = BundledCorpus.folder(Corpus.KERNEL);
  private static final SourceTree FILES = BundledCorpus.folder(Corpus.HISTORY);

  @Test
  void theSnapshotIsTheHistoryReadFromItsMails() {
    History snapshot = HistorySnapshot.read(FILES, KERNEL).orElseThrow(() -> new AssertionError(
        "the build made no snapshot of the bundled history, or it does not read"));
    History.ReadResult mails = History.readMails(FILES, KERNEL);
    assertTrue(mails.diagnostics().isEmpty(), mails.diagnostics().toString());
    assertEquals(describe(mails.history()), describe(snapshot));
  }

  @Test
  void aHistoryWhoseMailChangedIsReadFromItsMails() {
    String entry = History.readMails(FILES, KERNEL).history().entries().get(3).name();
    String file = entry + "/patch.mbox";
    String mail = new String(FILES.read(file).orElseThrow(), StandardCharsets.UTF_8);
    String changed = mail.replaceFirst("(?m)^Subject: ", "Subject: RETITLED ");
    SourceTree edited = FILES.with(Map.of(file, changed.getBytes(StandardCharsets.UTF_8)), Set.of(), "edited");
    assertTrue(HistorySnapshot.read(edited, KERNEL).isEmpty());
    History read = History.read(edited, KERNEL).history();
    assertTrue(read.entries().get(3).mail().subject().startsWith("RETITLED "), read.entries().get(3).mail().subject());
  }

  /** A kernel with the same files and a symbolic link more is not the one the snapshot was made from. */
  @Test
  void aKernelWithASymbolicLinkMoreIsReadFromTheMails() {
    java.util.SortedMap<String, java.util.function.Supplier<byte[]>> files = new java.util.TreeMap<>();
    for (String path : KERNEL.paths()) {
      files.put(path, () -> KERNEL.read(path).orElseThrow());
    }
    SourceTree linked = SourceTree.lazy("linked", files, Map.of("arch/arm/mm/elsewhere.c", "../../../outside.c"));
    assertEquals(KERNEL.digest(), linked.digest());
    assertTrue(HistorySnapshot.read(FILES, linked).isEmpty());
  }

  /** Everything a review asks of a history, states by digest. */
  private static List<String> describe(History h) {
    List<String> out = new ArrayList<>();
    for (HistoryEntry e : h.entries()) {
      out.add(String.join(" | ", e.name(), e.kind().name(), String.valueOf(e.tag()), String.valueOf(e.after()),
          e.upstream(), e.fixes().toString(), e.mail().subject(), e.mail().authorName(),
          h.before(e).digest(), h.before(e).label(), h.after(e).digest(), h.after(e).label(), h.parentName(e),
          String.valueOf(h.describe(h.after(e)).orElse(null))));
    }
    for (Map.Entry<String, SourceTree> s : h.statesNewestFirst()) {
      out.add(s.getKey() + " " + s.getValue().digest());
    }
    out.add(h.tags().toString());
    for (String tag : h.tags()) {
      out.add(tag + " " + h.resolve(tag).orElseThrow().digest());
    }
    out.add(h.afterStates().keySet().stream().sorted().toList().toString());
    return out;
  }
}
