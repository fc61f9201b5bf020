package org.patchreview.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchreview.cli.Main;

/** {@code review corpus} on a small corpus made in the test: new entries, blessing, matching, a mismatch. */
class CorpusCommandTest {
  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private Run corpus(String... extra) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] args = Stream.concat(Stream.of("corpus", "--corpus", dir.toString()), Stream.of(extra))
        .toArray(String[]::new);
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }

  /** The bundled corpus without its history, into the test's folder. */
  private void copyModel() throws IOException {
    for (String folder : new String[] {"kernel", "boards", "configs", "scenarios"}) {
      copy(Path.of("corpus", folder), dir.resolve(folder));
    }
  }

  @Test
  void blessThenMatchThenCatchAChange() throws IOException {
    copyModel();
    Path entry = dir.resolve("history/0001-ref");
    Files.createDirectories(entry);
    Files.writeString(entry.resolve("patch.mbox"),
        HistoryTest.asEntry(Files.readString(HistoryTest.REFERENCE), "a93a121a9653"));
    Files.writeString(dir.resolve("history/chain.txt"), "base tag v4.12-rc1\n0001-ref tag v4.12\n");

    Run first = corpus();
    assertEquals(1, first.code(), first.out() + first.err());
    assertTrue(first.out().contains("0001-ref  new"), first.out());

    Run bless = corpus("--bless");
    assertEquals(0, bless.code(), bless.out() + bless.err());
    assertTrue(Files.readString(entry.resolve("expected.txt")).contains("FIXED  lager / default / rebind"));
    assertTrue(Files.readString(entry.resolve("expected.json")).contains("\"verdict\": \"fixed\""));

    Run again = corpus();
    assertEquals(0, again.code(), again.out());
    assertTrue(again.out().contains("0001-ref  match"), again.out());
    assertTrue(again.out().contains("1 entries: 1 match"), again.out());

    Files.writeString(entry.resolve("expected.txt"),
        Files.readString(entry.resolve("expected.txt")).replace("FIXED  lager / default / rebind", "SAME  x"));
    Run mismatch = corpus();
    assertEquals(1, mismatch.code());
    assertTrue(mismatch.out().contains("0001-ref  mismatch"), mismatch.out());
    assertTrue(mismatch.out().contains("-SAME  x\n+FIXED  lager / default / rebind"), mismatch.out());
    assertTrue(Files.exists(entry.resolve("received.txt")));

    // Blessing over a changed golden report says what it changes.
    Run reblessed = corpus("--bless");
    assertEquals(0, reblessed.code(), reblessed.out() + reblessed.err());
    assertTrue(reblessed.out().contains("0001-ref  blessed"), reblessed.out());
    assertTrue(reblessed.out().contains("-SAME  x\n+FIXED  lager / default / rebind"), reblessed.out());
    assertTrue(!Files.exists(entry.resolve("received.txt")));
    Run unchanged = corpus("--bless");
    assertTrue(unchanged.out().contains("0001-ref  match"), unchanged.out());
  }

  @Test
  void anEntryWithoutItsUpstreamCommitIsABadInputNamingIt() throws IOException {
    copyModel();
    Path entry = dir.resolve("history/0001-ref");
    Files.createDirectories(entry);
    Files.writeString(entry.resolve("patch.mbox"), Files.readString(HistoryTest.REFERENCE));
    Files.writeString(dir.resolve("history/chain.txt"), "base tag v4.12-rc1\n0001-ref tag v4.12\n");
    Run r = corpus();
    assertEquals(3, r.code(), r.out() + r.err());
    assertEquals("review: history/0001-ref/patch.mbox: error: no upstream commit id: a main-line entry needs a"
        + " 'Link: https://git.kernel.org/linus/ID' trailer (or 'id unknown' on its chain.txt line)\n", r.err());

    Files.writeString(entry.resolve("patch.mbox"), Files.readString(HistoryTest.REFERENCE)
        .replace("\nSigned-off-by:", "\nLink: https://git.kernel.org/linus/a93a121a9653\nSigned-off-by:"));
    r = corpus();
    assertEquals(3, r.code(), r.out() + r.err());
    assertTrue(r.err().startsWith("review: history/0001-ref/patch.mbox:1: error: the From line's commit"
        + " 5a1c0ffee000 is not the upstream commit a93a121a9653"), r.err());

    Files.writeString(dir.resolve("history/chain.txt"), "base tag v4.12-rc1\n0001-ref tag v4.12 id unknown\n");
    r = corpus();
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("0001-ref  new"), r.out());
  }

  @Test
  void anEntryWhoseMailDoesNotApplyIsABadInputNamingIt() throws IOException {
    copyModel();
    Path entry = dir.resolve("history/0001-ref");
    Files.createDirectories(entry);
    String mail = HistoryTest.asEntry(Files.readString(HistoryTest.REFERENCE), "a93a121a9653");
    String broken = mail.replace("\n-\tbool dma_coherent;", "\n-\tbool dma_incoherent;");
    assertTrue(!broken.equals(mail), "the test's edit must reach a removed line");
    Files.writeString(entry.resolve("patch.mbox"), broken);
    Files.writeString(dir.resolve("history/chain.txt"), "base tag v4.12-rc1\n0001-ref tag v4.12\n");
    Run r = corpus();
    assertEquals(3, r.code(), r.out() + r.err());
    assertTrue(r.err().startsWith("review: history/0001-ref/patch.mbox:"), r.err());
    assertTrue(r.err().contains("does not apply"), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  /** The bundled history: the IOMMU core change 0021 is caught by its replay, and 0022's tag naming it confirmed. */
  @Test
  void theBundledHistoryFlagsAndConfirmsAPair() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"corpus", "--corpus", "corpus", "--only", "0021,0022,0023"},
        new PrintWriter(out, true), new PrintWriter(err, true));
    String text = out.toString();
    assertEquals(0, code, text + err);
    assertTrue(text.contains("Fixes: pairs: 2; the named commit flagged (a new problem when replayed) 1, the fix "
        + "confirmed 1"), text);
    assertTrue(text.matches("(?s).*\n0022-iommu-exynos-add-missing-set-platform-dma-ops-callback +c1fe9119ee70 "
        + "0021-iommu-add-set-platform-dma-ops-callbacks +yes +yes\n.*"), text);
    assertTrue(text.matches("(?s).*\n0023-iommu-exynos-fix-set-platform-dma-ops-callback +189d496b48b1 "
        + "0022-iommu-exynos-add-missing-set-platform-dma-ops-callback +no +no\n    not flagged: replayed as proposed, "
        + "0022-iommu-exynos-add-missing-set-platform-dma-ops-callback regresses no run \\(16 fixed, 24 same\\)\n.*"),
        text);
  }

  @Test
  void aBrokenChainIsABadInput() throws IOException {
    copyModel();
    Files.createDirectories(dir.resolve("history"));
    Files.writeString(dir.resolve("history/chain.txt"), "base\n0001-missing\n");
    Run r = corpus();
    assertEquals(3, r.code());
    assertTrue(r.err().startsWith("review: history/0001-missing/patch.mbox: error: missing"), r.err());
  }
}
