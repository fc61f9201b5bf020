package org.patchreview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patchreview.corpus.History;
import org.patchreview.corpus.HistoryEntry;

/** Where a Fixes: check looks for the commit that introduced a problem: only the main line up to the patch's base. */
class FixesCheckTest {
  private static List<String> ancestorsAt(String ref) {
    ReviewOptions bundled = ReviewOptions.bundled(new Timings());
    History h = bundled.history();
    ReviewOptions at = bundled.withBase(h.resolve(ref).orElseThrow(), ref);
    return FixesCheck.ancestors(h, at).stream().map(e -> e.name().substring(0, 4)).toList();
  }

  @Test
  void onlyCommitsBeforeTheBaseOnTheMainLineAreSearched() {
    assertEquals(List.of(), ancestorsAt("v4.11"));
    // 0024 and 0025 are above the base: v4.12-rc1 as modelled already has them.
    assertEquals(List.of("0001", "0002", "0024", "0025"), ancestorsAt("v4.12-rc1"));
    assertEquals(List.of("0001", "0002", "0024", "0025", "0003"), ancestorsAt("v4.12"));
    List<String> all = ReviewOptions.bundled(new Timings()).history().entries().stream()
        .filter(e -> e.kind() != HistoryEntry.Kind.SIDE).map(e -> e.name().substring(0, 4)).toList();
    String newest = ReviewOptions.bundled(new Timings()).history().entries().stream()
        .filter(e -> e.kind() != HistoryEntry.Kind.SIDE).reduce((a, b) -> b).orElseThrow().name();
    assertEquals(all, ancestorsAt(newest), "the newest state has every main-line commit before it, no side branch");
  }
}
