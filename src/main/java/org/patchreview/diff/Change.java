package org.patchreview.diff;

/**
 * One difference between the runs before and after a patch: in which step, of what kind (call, state, hardware,
 * log, warning, fault, leak), about what, the before and after texts ({@code absent} when one side lacks it), and
 * the C location when there is one.
 */
public record Change(String step, String kind, String what, String before, String after, String location) {
  public static final String ABSENT = "(absent)";
}
