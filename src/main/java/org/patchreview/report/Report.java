package org.patchreview.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.patchreview.diag.Diagnostic;
import org.patchreview.diff.LayoutDiff;
import org.patchreview.diff.PatchLines;
import org.patchreview.diff.RunDiff;
import org.patchreview.diff.Verdict;
import org.patchreview.mail.PatchFacts;
import org.patchreview.mail.PatchMail;
import org.patchreview.mail.Series;
import org.patchreview.patch.ApplyResult;

/**
 * Everything a review found, in one model every renderer reads: the patches, layouts, runs and a summary, the series
 * the patches came in (cover letter, missing members, versions), and the patches' hunks as they applied
 * ({@code lines}), which the runs' differences name and the reply mail quotes.
 */
public record Report(String base, List<PatchEntry> patches, List<LayoutDiff> layout, List<RunDiff> runs,
    List<FixesClaim> fixes, List<Diagnostic> notes, Series series, PatchLines lines) {

  /** A report whose hunks are read from its patches' mails. */
  public Report(String base, List<PatchEntry> patches, List<LayoutDiff> layout, List<RunDiff> runs,
      List<FixesClaim> fixes, List<Diagnostic> notes, Series series) {
    this(base, patches, layout, runs, fixes, notes, series, PatchLines.of(
        patches.stream().map(PatchEntry::mail).toList(), patches.stream().map(PatchEntry::applied).toList()));
  }

  /**
   * A {@code Fixes:} tag checked by execution: the faults the patch removes, and whether the commit it names is where
   * they first appear ({@code confirmed}), with the cells and faults that show it.
   */
  public record FixesClaim(String commit, String subject, String entry, boolean checked, boolean confirmed,
      String explanation) {}

  /** A report of patches read outside any series. */
  public Report(String base, List<PatchEntry> patches, List<LayoutDiff> layout, List<RunDiff> runs,
      List<FixesClaim> fixes, List<Diagnostic> notes) {
    this(base, patches, layout, runs, fixes, notes, Series.NONE);
  }

  /**
   * A patch as it came by mail, how it applied, what its mail and the replies to it say, and, in a series of two or
   * more, its own replay: the runs on the tree the patch before left against the runs with this patch (empty
   * otherwise, or when the kernel did not build at that point of the series).
   */
  public record PatchEntry(PatchMail mail, ApplyResult applied, PatchFacts facts, List<RunDiff> replay) {
    public PatchEntry {
      replay = List.copyOf(replay);
    }

    public PatchEntry(PatchMail mail, ApplyResult applied) {
      this(mail, applied, PatchFacts.NONE, List.of());
    }

    public PatchEntry(PatchMail mail, ApplyResult applied, PatchFacts facts) {
      this(mail, applied, facts, List.of());
    }
  }

  /** How many runs got each verdict (every verdict present, in report order). */
  public Map<Verdict, Integer> summary() {
    return summaryOf(runs);
  }

  /** How many of these runs got each verdict (every verdict present, in report order). */
  public static Map<Verdict, Integer> summaryOf(List<RunDiff> runs) {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      counts.put(v, 0);
    }
    for (RunDiff r : runs) {
      counts.merge(r.verdict(), 1, Integer::sum);
    }
    return counts;
  }

  /** Whether a run regressed: with the whole series, or with one of its patches on its own. */
  public boolean regressed() {
    return runs.stream().anyMatch(r -> r.verdict() == Verdict.REGRESSED) || patches.stream()
        .anyMatch(p -> p.replay().stream().anyMatch(r -> r.verdict() == Verdict.REGRESSED));
  }
}
