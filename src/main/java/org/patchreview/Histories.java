package org.patchreview;

import org.patchreview.corpus.History;
import org.patchreview.tree.BundledCorpus;
import org.patchreview.tree.SourceTree;

/** The history bundled with review, read once per JVM (null when the corpus has none). */
final class Histories {
  private static volatile History bundled;
  private static volatile boolean read;

  private Histories() {}

  static History bundled() {
    if (!read) {
      synchronized (Histories.class) {
        if (!read) {
          SourceTree folder = BundledCorpus.folder("history");
          if (folder.contains("chain.txt")) {
            History.ReadResult r = History.read(folder, BundledCorpus.kernel());
            bundled = r.hasErrors() ? null : r.history();
          }
          read = true;
        }
      }
    }
    return bundled;
  }
}
