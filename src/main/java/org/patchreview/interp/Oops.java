package org.patchreview.interp;

/**
 * Unwinds interpreted C after a fatal fault, as an oops kills the task that hit it. The runner catches it at the entry
 * point it called and goes on with the next action. Carries no Java stack trace: it is control flow, not a bug.
 */
public final class Oops extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Fault fault;

  public Oops(Fault fault) {
    super(fault.summary(), null, false, false);
    this.fault = fault;
  }

  public Fault fault() {
    return fault;
  }
}
