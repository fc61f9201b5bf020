package org.patchreview.diff;

import java.util.List;
import org.patchreview.observe.Observation;

/**
 * The comparison of one run (board, config, scenario) before and after a patch; {@code statesBefore} and
 * {@code statesAfter} are the device and IOMMU state after each step on each side, for timelines.
 */
public record RunDiff(String board, String config, String scenario, Verdict verdict, List<String> steps,
    List<Observation> problemsBefore, List<Observation> problemsAfter, List<Change> changes, double millisBefore,
    double millisAfter, List<Observation.State> statesBefore, List<Observation.State> statesAfter) {

  public String id() {
    return board + "/" + config + "/" + scenario;
  }
}
