package org.patchreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.patchreview.corpus.Corpus;
import org.patchreview.corpus.History;
import org.patchreview.corpus.HistoryEntry;
import org.patchreview.diff.RunDiff;
import org.patchreview.mail.MailReader;
import org.patchreview.report.Report;

/**
 * Runs proven the same without running them after a patch are what running them gives: each patch is reviewed with
 * the proof and again with every run made ({@code review.prove=false}), and every run must compare alike (verdict,
 * steps, problems on both sides, changes, device states, every place). The patches are one no run reaches (a
 * message's text), history entries that some runs reach and some do not, and two that move lines (0007, 0026: the
 * runs proven the same report their places where the patch moved them).
 */
class ProvenRunsTest {
  static Stream<Arguments> patches() {
    return Stream.of(
        Arguments.of("bench/patches/dev-dbg-text.mbox", null, 40),
        Arguments.of("corpus/history/0004-arm-dma-mapping-reset-dma-ops-when-tearing-down/patch.mbox",
            "0004-arm-dma-mapping-reset-dma-ops-when-tearing-down", 8),
        Arguments.of("corpus/history/0006-arm-dma-mapping-clear-dma-ops-on-teardown/patch.mbox",
            "0006-arm-dma-mapping-clear-dma-ops-on-teardown", 8),
        Arguments.of("corpus/history/0007-driver-core-postpone-dma-tear-down-until-after-devres-release/patch.mbox",
            "0007-driver-core-postpone-dma-tear-down-until-after-devres-release", 16),
        Arguments.of("corpus/history/0026-iommu-exynos-add-missing-put-device-call-in-of-xlate/patch.mbox",
            "0026-iommu-exynos-add-missing-put-device-call-in-of-xlate", 40));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patches")
  void provenRunsAreTheRunsMade(String mbox, String before, int proven) throws Exception {
    Report withProof = review(mbox, before);
    Report ran;
    System.setProperty("review.prove", "false");
    try {
      ran = review(mbox, before);
    } finally {
      System.clearProperty("review.prove");
    }
    assertEquals(proven, withProof.proven(), "runs proven the same");
    assertEquals(0, ran.proven());
    assertEquals(ran.runs().size(), withProof.runs().size());
    for (int i = 0; i < ran.runs().size(); i++) {
      RunDiff a = withProof.runs().get(i);
      RunDiff b = ran.runs().get(i);
      assertEquals(List.of(b.id(), b.verdict(), b.steps(), b.problemsBefore(), b.problemsAfter(), b.changes(),
          b.statesBefore(), b.statesAfter()), List.of(a.id(), a.verdict(), a.steps(), a.problemsBefore(),
          a.problemsAfter(), a.changes(), a.statesBefore(), a.statesAfter()), a.id());
    }
    assertTrue(withProof.runs().stream().filter(d -> d.verdict() == org.patchreview.diff.Verdict.SAME).count()
        >= proven, "a proven run is a same run");
  }

  /**
   * A comment line added at the top of a file every run goes through, on v4.12-rc1 (where runs fault there): nothing
   * to run, every place moved by one.
   */
  @org.junit.jupiter.api.Test
  void aLineAddedAboveEverythingMovesEveryPlace(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    String file = "arch/arm/mm/dma-mapping.c";
    List<String> top = java.nio.file.Files.readAllLines(Path.of("corpus/kernel", file)).subList(0, 3);
    Path mail = dir.resolve("comment.patch");
    java.nio.file.Files.writeString(mail, "From: A U Thor <a@example.org>\nSubject: [PATCH] a comment line\n\n"
        + "---\n--- a/" + file + "\n+++ b/" + file + "\n@@ -1,3 +1,4 @@\n+/* one line more */\n "
        + String.join("\n ", top) + "\n");
    Report withProof = review(mail.toString(), "base");
    System.setProperty("review.prove", "false");
    Report ran;
    try {
      ran = review(mail.toString(), "base");
    } finally {
      System.clearProperty("review.prove");
    }
    assertEquals(withProof.runs().size(), withProof.proven(), "no run is made after the patch");
    boolean placed = false;
    for (int i = 0; i < ran.runs().size(); i++) {
      RunDiff a = withProof.runs().get(i);
      RunDiff b = ran.runs().get(i);
      assertEquals(List.of(b.verdict(), b.problemsBefore(), b.problemsAfter(), b.changes()),
          List.of(a.verdict(), a.problemsBefore(), a.problemsAfter(), a.changes()), a.id());
      placed |= !b.problemsAfter().equals(b.problemsBefore());
    }
    assertTrue(placed, "some run has a problem whose place the line moved");
  }

  private static Report review(String mbox, String before) throws Exception {
    Corpus c = Corpus.bundled();
    ReviewOptions o = ReviewOptions.on(c, new Timings());
    if ("base".equals(before)) {
      o = o.withBase(c.kernel(), "the bundled kernel");   // v4.12-rc1, where runs fault in dma-mapping.c
    } else if (before != null) {
      History h = c.history();
      HistoryEntry e = h.entries().stream().filter(x -> x.name().equals(before)).findFirst().orElseThrow();
      o = o.withBase(h.before(e), "before " + before);
    }
    ReviewOptions options = o;
    return Review.review(MailReader.read(Path.of(mbox)), options.with(b -> b.checkFixes(false))).report();
  }
}
