package org.patchreview;

import org.patchreview.diff.RunDiff;
import org.patchreview.observe.Observation;

/**
 * A problem (a fault, leak or warning, by its {@link Observation#key}) seen in one cell of the matrix: what a Fixes:
 * check compares between the patch's runs and the runs of the commit a tag names. Printed as {@code cell: problem}.
 *
 * @param board the board the cell runs on (checks replay only the boards where the patch removes something)
 * @param cell the cell, {@code board/config/scenario}
 */
record CellProblem(String board, String cell, String problem) {
  static CellProblem of(RunDiff run, Observation o) {
    return new CellProblem(run.board(), run.id(), o.key());
  }

  static CellProblem of(RunDiff run, String problem) {
    return new CellProblem(run.board(), run.id(), problem);
  }

  @Override
  public String toString() {
    return cell + ": " + problem;
  }
}
