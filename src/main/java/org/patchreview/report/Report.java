package org.patchreview.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.patchreview.diag.Diagnostic;
import org.patchreview.diff.LayoutDiff;
import org.patchreview.diff.RunDiff;
import org.patchreview.diff.Verdict;
import org.patchreview.mail.PatchMail;
import org.patchreview.patch.ApplyResult;

/**
 * Everything a review found, in one model every renderer reads: the patches, layouts, runs and a summary.
 *
 * <p>{@code base} names the tree the patches were applied to; {@code replay} says whether their behaviour was replayed
 * on the modelled kernel (with {@code --tree}, only where the patch applies there too; never with {@code --check}).
 */
public record Report(String base, List<PatchEntry> patches, List<LayoutDiff> layout, List<RunDiff> runs,
    List<FixesClaim> fixes, List<Diagnostic> notes, Replay replay) {

  /**
   * A {@code Fixes:} tag checked by execution: the faults the patch removes, and whether the commit it names is where
   * they first appear ({@code confirmed}), with the cells and faults that show it.
   */
  public record FixesClaim(String commit, String subject, String entry, boolean checked, boolean confirmed,
      String explanation) {}

  /** A report whose patches were applied to the modelled kernel {@code base} and replayed there. */
  public Report(String base, List<PatchEntry> patches, List<LayoutDiff> layout, List<RunDiff> runs,
      List<FixesClaim> fixes, List<Diagnostic> notes) {
    this(base, patches, layout, runs, fixes, notes, Replay.on(base));
  }

  /**
   * A patch as it came by mail and how it applied: to the review's base tree ({@code applied}) and, when that is a
   * user's tree, to the modelled kernel as well ({@code model}, else null).
   */
  public record PatchEntry(PatchMail mail, ApplyResult applied, ApplyResult model) {
    public PatchEntry(PatchMail mail, ApplyResult applied) {
      this(mail, applied, null);
    }
  }

  /** Where behaviour was replayed ({@code model}), whether it was, and why not when it was not. */
  public record Replay(String model, boolean replayed, String whyNot) {
    public static Replay on(String model) {
      return new Replay(model, true, "");
    }

    public static Replay not(String model, String why) {
      return new Replay(model, false, why);
    }
  }

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
