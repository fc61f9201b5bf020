package org.patchreview;

import java.util.List;
import org.patchreview.diag.Diagnostic;
import org.patchreview.report.Report;

/**
 * What a review produced: the report (null when the input could not be processed), the errors that stopped it, and
 * the exit code the command line returns (see {@link ExitCode}).
 */
public record ReviewResult(Report report, List<Diagnostic> errors, int exitCode) {
  static ReviewResult failed(int exitCode, List<Diagnostic> errors) {
    return new ReviewResult(null, List.copyOf(errors), exitCode);
  }
}
