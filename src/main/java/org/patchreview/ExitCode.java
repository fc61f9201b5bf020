package org.patchreview;

/** The exit codes of every command, documented in README.md. */
public final class ExitCode {
  /** Replayed, no regression. */
  public static final int OK = 0;
  /** Replayed, at least one run regressed. */
  public static final int REGRESSION = 1;
  /** Bad command line. */
  public static final int USAGE = 2;
  /** The input could not be processed: no patch, does not apply, does not parse after patching. */
  public static final int BAD_INPUT = 3;
  /** A bug in review or its bundled corpus. */
  public static final int INTERNAL = 70;

  private ExitCode() {}
}
