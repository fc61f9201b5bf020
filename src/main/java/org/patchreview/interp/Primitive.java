package org.patchreview.interp;

/** A kernel function implemented in Java: called with its arguments as raw values. */
@FunctionalInterface
public interface Primitive {
  long call(Machine machine, long[] args, Site site);
}
