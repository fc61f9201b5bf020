package org.patchreview.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.patchreview.diag.Diagnostic;
import org.patchreview.diff.LayoutDiff;
import org.patchreview.diff.PatchLines;
import org.patchreview.diff.RunDiff;
import org.patchreview.diff.Verdict;
import org.patchreview.mail.PatchMail;
import org.patchreview.patch.ApplyResult;

/**
 * Everything a review found, in one model every renderer reads: the patches, layouts, runs and a summary, and the
 * patches' hunks as they applied ({@code lines}), which the runs' differences name and the reply mail quotes.
 */
public record Report(String base, List<PatchEntry> patches, List<LayoutDiff> layout, List<RunDiff> runs,
    List<Diagnostic> notes, PatchLines lines) {

  /** A report whose hunks are read from its patches' mails. */
  public Report(String base, List<PatchEntry> patches, List<LayoutDiff> layout, List<RunDiff> runs,
      List<Diagnostic> notes) {
    this(base, patches, layout, runs, notes, PatchLines.of(patches.stream().map(PatchEntry::mail).toList(),
        patches.stream().map(PatchEntry::applied).toList()));
  }

  /** A patch as it came by mail and how it applied. */
  public record PatchEntry(PatchMail mail, ApplyResult applied) {}

  /** How many runs got each verdict (every verdict present, in report order). */
  public Map<Verdict, Integer> summary() {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      counts.put(v, 0);
    }
    for (RunDiff r : runs) {
      counts.merge(r.verdict(), 1, Integer::sum);
    }
    return counts;
  }

  public boolean regressed() {
    return runs.stream().anyMatch(r -> r.verdict() == Verdict.REGRESSED);
  }
}
