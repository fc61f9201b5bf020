package org.patchreview.hw;

import java.util.List;
import org.patchreview.diag.Diagnostic;

/** A board read from Device Tree source, with every problem found on the way (the board is partial if any). */
public record DtsReadResult(Board board, List<Diagnostic> diagnostics) {

  public DtsReadResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
