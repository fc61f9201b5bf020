package org.patchreview;

/** Hears how far a review has got, for a progress line; called from several threads at once. */
@FunctionalInterface
public interface Progress {
  /** Now doing {@code what}; {@code done} of {@code total} when it counts (total 0 when it does not). */
  void update(String what, int done, int total);

  Progress NONE = (what, done, total) -> { };
}
