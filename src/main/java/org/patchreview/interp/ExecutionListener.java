package org.patchreview.interp;

/** Hears what interpreted C does: calls, faults, log lines and warnings. Every method is optional. */
public interface ExecutionListener {
  /** A call is about to run, made at {@code site}; {@code caller} is null when the runner makes it. */
  default void enter(Machine machine, FunctionSymbol function, long[] args, FunctionSymbol caller, int depth,
      org.patchreview.c.Span site) {}

  /** A call returned normally (an oops unwinds without exits; {@code depth} lets a listener realign). */
  default void exit(Machine machine, FunctionSymbol function, long result, int depth) {}

  default void fault(Fault fault) {}

  /** A kernel log line; {@code level} is printk's 0 (emerg) to 7 (debug). */
  default void log(int level, String text, org.patchreview.c.Span where) {}

  /** {@code WARN_ON} fired: reported with its location and call stack. */
  default void warning(Fault where) {}

  ExecutionListener NONE = new ExecutionListener() {};
}
