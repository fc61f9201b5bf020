package org.patchreview;

import java.util.ArrayList;
import java.util.List;

/** Wall-clock time of each phase of a review, for {@code --timings} (where a cold start spends its time). */
public final class Timings {
  private final long start = System.nanoTime();
  private final List<String> marks = new ArrayList<>();

  /** Records that {@code phase} ended now. */
  public synchronized void mark(String phase) {
    marks.add(String.format(java.util.Locale.ROOT, "%7.1f ms  %s", (System.nanoTime() - start) / 1e6, phase));
  }

  public synchronized List<String> lines() {
    return List.copyOf(marks);
  }
}
