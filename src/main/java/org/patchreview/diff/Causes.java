package org.patchreview.diff;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.patchreview.observe.Observation;
import org.patchreview.observe.Trace;

/**
 * Names the parting behind each change of one run, when both traces recorded the statements they executed; the
 * alignment is made on the first question, so runs that differ in nothing never pay for it.
 */
final class Causes {
  static final Causes NONE = new Causes(null, null, PatchContext.NONE);

  private final Trace before;
  private final Trace after;
  private final PatchContext context;
  private Map<Observation, Integer> indexBefore;
  private Map<Observation, Integer> indexAfter;
  private Divergences divergences;

  private Causes(Trace before, Trace after, PatchContext context) {
    this.before = before;
    this.after = after;
    this.context = context;
  }

  static Causes of(Trace before, Trace after, PatchContext context) {
    return before.execution() == null || after.execution() == null ? NONE : new Causes(before, after, context);
  }

  /** The parting that explains the change made of {@code x} (before) and {@code y} (after); null if unknown. */
  Divergence of(Observation x, Observation y) {
    if (before == null) {
      return null;
    }
    if (divergences == null) {
      indexBefore = index(before.observations());
      indexAfter = index(after.observations());
      divergences = Divergences.of(before.execution(), after.execution(), context.lines(), context.text());
    }
    Integer j = y == null ? null : indexAfter.get(y);
    if (j != null) {
      return divergences.forAfter(after.execution().positions()[j]);
    }
    Integer i = x == null ? null : indexBefore.get(x);
    return i == null ? null : divergences.forBefore(before.execution().positions()[i]);
  }

  private static Map<Observation, Integer> index(List<Observation> observations) {
    Map<Observation, Integer> out = new IdentityHashMap<>();
    for (int i = 0; i < observations.size(); i++) {
      out.put(observations.get(i), i);
    }
    return out;
  }
}
