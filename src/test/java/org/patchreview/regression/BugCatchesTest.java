package org.patchreview.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.patchreview.corpus.HistoryEntry;
import org.patchreview.diff.Verdict;
import org.patchreview.report.Report;

/** The bug-catch table: each Fixes: pair judged by the named commit's verdicts and the fix's own check. */
class BugCatchesTest {
  private static CorpusResult result(String name, Map<Verdict, Integer> verdicts, Report.FixesClaim... fixes) {
    HistoryEntry e = new HistoryEntry(name, HistoryEntry.Kind.LATER, "", "", (org.patchreview.mail.PatchMail) null, "", List.of());
    return new CorpusResult(e, CorpusResult.Status.MATCH, verdicts, List.of(fixes), "", "", 1);
  }

  @Test
  void aPairIsFlaggedWhenTheNamedCommitRegressesAndConfirmedByTheFixesCheck() {
    CorpusResult bug = result("0001-bug", Map.of(Verdict.REGRESSED, 2, Verdict.SAME, 28));
    CorpusResult quiet = result("0002-quiet", Map.of(Verdict.SAME, 30));
    CorpusResult fix = result("0003-fix", Map.of(Verdict.FIXED, 2),
        new Report.FixesClaim("0123456789abcdef0123", "Fixes: 0123456789ab (\"bug\")", "0001-bug", true, true, "ok"),
        new Report.FixesClaim("fedcba9876543210", "Fixes: fedcba987654 (\"quiet\")", "0002-quiet", true, false,
            "not confirmed: they first appear with 0001-bug"),
        new Report.FixesClaim("aaaaaaaaaaaa", "Fixes: aaaaaaaaaaaa", "", false, false, "not checked"));
    List<BugCatches.Pair> pairs = BugCatches.of(List.of(bug, quiet, fix));
    assertEquals(2, pairs.size(), "a claim the history cannot check is not a pair");
    assertEquals(Optional.of(true), pairs.get(0).flagged());
    assertTrue(pairs.get(0).confirmed());
    assertEquals(Optional.of(false), pairs.get(1).flagged());
    assertEquals("not flagged: replayed as proposed, 0002-quiet regresses no run (30 same)", pairs.get(1).notFlagged());
    assertEquals("", pairs.get(0).notFlagged());
    String table = BugCatches.render(pairs);
    assertTrue(table.contains("Fixes: pairs: 2; the named commit flagged (a new problem when replayed) 1, the fix "
        + "confirmed 1"), table);
    assertTrue(table.contains("0003-fix  0123456789ab 0001-bug    yes      yes"), table);
    assertTrue(table.contains("0003-fix  fedcba987654 0002-quiet  no       no\n    not flagged: replayed as proposed, "
        + "0002-quiet regresses no run (30 same)\n    not confirmed: they first appear with 0001-bug"), table);
    List<BugCatches.Outside> outside = BugCatches.outside(List.of(bug, quiet, fix));
    assertEquals(List.of(new BugCatches.Outside("0003-fix", "aaaaaaaaaaaa", "not checked")), outside);
    assertEquals("\nFixes: tags that are not pairs: 1\n0003-fix  aaaaaaaaaaaa  not checked\n",
        BugCatches.renderOutside(outside));
    assertEquals("", BugCatches.renderOutside(List.of()));
  }

  @Test
  void aNamedCommitNotReplayedThisTimeIsNotJudged() {
    CorpusResult fix = result("0003-fix", Map.of(Verdict.FIXED, 2),
        new Report.FixesClaim("0123456789ab", "", "0001-bug", true, true, "ok"));
    List<BugCatches.Pair> pairs = BugCatches.of(List.of(fix));
    assertEquals(Optional.empty(), pairs.get(0).flagged());
    assertTrue(BugCatches.render(pairs).contains("0001-bug  -        yes"), BugCatches.render(pairs));
    assertEquals("", BugCatches.render(List.of()));
  }
}
