package org.patchreview.diff;

/**
 * One difference between the runs before and after a patch: in which step, of what kind (call, state, hardware,
 * log, warning, fault, leak), about what, the before and after texts ({@code absent} when one side lacks it), the C
 * location when there is one, and why: where the runs part (null when the runs were not recorded or no parting
 * precedes it).
 */
public record Change(String step, String kind, String what, String before, String after, String location,
    Divergence why) {
  public static final String ABSENT = "(absent)";

  public Change(String step, String kind, String what, String before, String after, String location) {
    this(step, kind, what, before, after, location, null);
  }

  /** Faults, leaks, warnings and broken invariants: what decides a verdict. */
  public boolean isProblem() {
    return org.patchreview.observe.Observation.PROBLEM_KINDS.contains(kind);
  }
}
