package org.patchreview.hw;

import java.util.List;
import org.patchreview.diag.Diagnostic;

/** One file's statements as written, with the problems found while reading it. */
record DtsSource(String file, List<DtsStatement> statements, List<Diagnostic> diagnostics) {

  DtsSource {
    statements = List.copyOf(statements);
    diagnostics = List.copyOf(diagnostics);
  }
}
