package org.patchreview.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import org.patchreview.Progress;

/**
 * A progress line on standard error for reviews that take a while: it appears only after {@code delayMillis} (a
 * quick review shows none), is rewritten in place at most every 100 ms, and is erased when the review ends, so the
 * report and any messages start on a clean line.
 */
final class ProgressLine implements Progress {
  private static final long EVERY_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final LongSupplier clock;
  private final long start;
  private final long delayNanos;
  private final String unit;
  private long lastShown;
  private boolean shown;

  /** A line counting runs. */
  ProgressLine(PrintWriter err, LongSupplier nanoClock, long delayMillis) {
    this(err, nanoClock, delayMillis, "runs");
  }

  /** A line counting {@code unit} ({@code runs}, {@code entries}). */
  ProgressLine(PrintWriter err, LongSupplier nanoClock, long delayMillis, String unit) {
    this.unit = unit;
    this.err = err;
    this.clock = nanoClock;
    this.start = nanoClock.getAsLong();
    this.delayNanos = delayMillis * 1_000_000L;
    this.lastShown = start - EVERY_NANOS;
  }

  @Override
  public synchronized void update(String what, int done, int total) {
    long now = clock.getAsLong();
    boolean finished = total > 0 && done == total;
    if (now - start < delayNanos || (now - lastShown < EVERY_NANOS && !finished)) {
      return;
    }
    lastShown = now;
    shown = true;
    err.print("\rreview: " + what + (total > 0 ? " " + done + "/" + total + " " + unit : "") + "...\u001b[K");
    err.flush();
  }

  /** Erases the line if it was ever shown. */
  synchronized void finish() {
    if (shown) {
      err.print("\r\u001b[K");
      err.flush();
      shown = false;
    }
  }
}
