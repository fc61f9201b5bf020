package org.patchreview.diff;

import java.util.List;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;
import org.patchreview.observe.Observation;

/** Observations as a JGit diff sequence, compared by step and key (so a shifted line number is not a change). */
final class ObservationSequence extends Sequence {
  final List<Observation> items;
  private final String[] keys;

  ObservationSequence(List<Observation> items) {
    this.items = items;
    this.keys = new String[items.size()];
    for (int i = 0; i < keys.length; i++) {
      Observation o = items.get(i);
      keys[i] = o.step() + "\u0000" + o.key();
    }
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
