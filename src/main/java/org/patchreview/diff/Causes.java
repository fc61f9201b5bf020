package org.patchreview.diff;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.patchreview.observe.Observation;
import org.patchreview.observe.Trace;

/**
 * Names the parting behind each change of one run, when both traces recorded the statements they executed. The
 * alignment is made on the first question and shared by the runs of a chain, so runs that differ in nothing never pay
 * for it and a chain pays once.
 */
final class Causes {
  static final Causes NONE = new Causes(null, null, null);

  /** The alignment of one pair of statement logs, made when first asked for. */
  static final class Shared {
    private final PatchContext context;
    private Divergences divergences;

    Shared(PatchContext context) {
      this.context = context;
    }

    synchronized Divergences get(Trace before, Trace after) {
      if (divergences == null) {
        divergences = Divergences.of(before.execution().log(), after.execution().log(), context.lines(),
            context.text());
      }
      return divergences;
    }
  }

  private final Trace before;
  private final Trace after;
  private final Shared shared;
  private Map<Observation, Integer> indexBefore;
  private Map<Observation, Integer> indexAfter;
  private Divergences divergences;

  private Causes(Trace before, Trace after, Shared shared) {
    this.before = before;
    this.after = after;
    this.shared = shared;
  }

  static Causes of(Trace before, Trace after, Shared shared) {
    return before.execution() == null || after.execution() == null ? NONE : new Causes(before, after, shared);
  }

  /** The parting that explains the change made of {@code x} (before) and {@code y} (after); null if unknown. */
  Divergence of(Observation x, Observation y) {
    if (before == null) {
      return null;
    }
    if (divergences == null) {
      indexBefore = index(before.observations());
      indexAfter = index(after.observations());
      divergences = shared.get(before, after);
    }
    Integer j = y == null ? null : indexAfter.get(y);
    if (j != null) {
      return divergences.forAfter(after.execution().positions()[j], after.execution());
    }
    Integer i = x == null ? null : indexBefore.get(x);
    return i == null ? null : divergences.forBefore(before.execution().positions()[i], before.execution());
  }

  private static Map<Observation, Integer> index(List<Observation> observations) {
    Map<Observation, Integer> out = new IdentityHashMap<>();
    for (int i = 0; i < observations.size(); i++) {
      out.put(observations.get(i), i);
    }
    return out;
  }
}
