package org.patchreview.observe;

import org.patchreview.interp.StatementLog;

/**
 * What a recorded run executed: the statements {@code [0, end)} of its log, the position in the log of each of the
 * trace's observations (parallel to {@link Trace#observations()}: the number of statements run before it was made),
 * and the positions where each action of the scenario began. Only runs asked to record have one.
 */
public record Execution(StatementLog log, int end, int[] positions, int[] actionStarts) {
  /** The start of the action that position {@code p} falls in (0 before the first). */
  public int actionStart(int p) {
    int start = 0;
    for (int a : actionStarts) {
      if (a > p) {
        break;
      }
      start = a;
    }
    return start;
  }
}
