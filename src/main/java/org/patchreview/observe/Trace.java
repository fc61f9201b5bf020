package org.patchreview.observe;

import java.util.List;

/**
 * Everything one run of a scenario showed: the steps in order and the observations made during and after each.
 * {@code error} is set when the run could not be carried out at all (the model did not boot); {@code execution} is
 * the statements it ran, only when the run was asked to record them (null otherwise).
 */
public record Trace(String board, String config, String scenario, List<String> steps, List<Observation> observations,
    long nanos, String error, Execution execution) {

  public Trace(String board, String config, String scenario, List<String> steps, List<Observation> observations,
      long nanos, String error) {
    this(board, config, scenario, steps, observations, nanos, error, null);
  }

  private static final String HUNG = "hung in step ";

  /** The error of a run whose CPU hung in {@code step}: the steps after it did not run. */
  public static String hungIn(String step) {
    return HUNG + step;
  }

  /** The step the run hung in (its last), or null when it did not hang. */
  public String hungStep() {
    return error != null && error.startsWith(HUNG) ? error.substring(HUNG.length()) : null;
  }

  public List<Observation.FaultSeen> faults() {
    return observations.stream().filter(o -> o instanceof Observation.FaultSeen)
        .map(o -> (Observation.FaultSeen) o).toList();
  }

  public List<Observation.Leak> leaks() {
    return observations.stream().filter(o -> o instanceof Observation.Leak).map(o -> (Observation.Leak) o).toList();
  }

  /** The same trace without what the run executed (kept traces would hold every statement of every run). */
  public Trace withoutExecution() {
    return execution == null ? this : new Trace(board, config, scenario, steps, observations, nanos, error, null);
  }

  /** A short name for the run: {@code board/config/scenario}. */
  public String id() {
    return board + "/" + config + "/" + scenario;
  }
}
