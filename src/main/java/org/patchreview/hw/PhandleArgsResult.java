package org.patchreview.hw;

import java.util.List;
import org.patchreview.diag.Diagnostic;

/**
 * The entries of a phandle list read up to the first malformed one, with a diagnostic saying what was wrong there.
 */
public record PhandleArgsResult(List<PhandleArgs> entries, List<Diagnostic> diagnostics) {

  public PhandleArgsResult {
    entries = List.copyOf(entries);
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean isOk() {
    return diagnostics.isEmpty();
  }
}
