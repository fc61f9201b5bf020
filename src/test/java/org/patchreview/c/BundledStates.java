package org.patchreview.c;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.patchreview.corpus.Corpus;
import org.patchreview.corpus.HistoryEntry;
import org.patchreview.scenario.Matrix;
import org.patchreview.tree.SourceTree;

/** The bundled corpus's kernel states and configs, for tests that go through every build the model has. */
final class BundledStates {
  static final Corpus CORPUS = Corpus.bundled();

  private BundledStates() {}

  /** The bundled kernel, then each history entry's states before and after, in history order. */
  static Set<SourceTree> states() {
    Set<SourceTree> out = new LinkedHashSet<>();
    out.add(CORPUS.kernel());
    for (HistoryEntry e : CORPUS.history().entries()) {
      out.add(CORPUS.history().before(e));
      out.add(CORPUS.history().after(e));
    }
    return out;
  }

  static List<Config> configs() {
    return CORPUS.matrix().configs().stream().map(Matrix.ConfigEntry::config).toList();
  }
}
