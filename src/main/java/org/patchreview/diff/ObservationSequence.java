package org.patchreview.diff;

import java.util.List;
import java.util.Map;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;
import org.patchreview.observe.Observation;

/** Observations as a JGit diff sequence, compared by step and key (so a shifted line number is not a change). */
final class ObservationSequence extends Sequence {
  final List<Observation> items;
  private final String[] keys;

  /** Observations, each key taken from {@code made} (by identity) or spelt there. */
  ObservationSequence(List<Observation> items, Map<Observation, String> made) {
    this.items = items;
    this.keys = new String[items.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = made.computeIfAbsent(items.get(i), ObservationSequence::key);
    }
  }

  /** Step and key, the key of a call spelt in place (most observations are calls; their key is built of parts). */
  private static String key(Observation o) {
    if (!(o instanceof Observation.Call c)) {
      return o.step() + "\u0000" + o.key();
    }
    StringBuilder b = new StringBuilder(64).append(c.step()).append('\u0000').append("call ").append(c.function())
        .append('(');
    for (int i = 0; i < c.args().size(); i++) {
      b.append(i == 0 ? "" : ", ").append(c.args().get(i));
    }
    b.append(')');
    if (!c.result().isEmpty()) {
      b.append(" = ").append(c.result());
    }
    return b.toString();
  }

  @Override
  public int size() {
    return keys.length;
  }

  /** Equality on keys, for {@link org.eclipse.jgit.diff.HistogramDiff}. */
  static final SequenceComparator<ObservationSequence> COMPARATOR = new SequenceComparator<>() {
    @Override
    public boolean equals(ObservationSequence a, int ai, ObservationSequence b, int bi) {
      return a.keys[ai].equals(b.keys[bi]);
    }

    @Override
    public int hash(ObservationSequence seq, int i) {
      return seq.keys[i].hashCode();
    }
  };
}
