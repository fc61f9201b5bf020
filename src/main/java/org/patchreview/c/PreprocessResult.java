package org.patchreview.c;

import java.util.List;
import java.util.Set;
import org.patchreview.diag.Diagnostic;

/** A translation unit after preprocessing: its segments, the files it read, and what went wrong. */
public record PreprocessResult(String path, List<Segment> segments, Set<String> files, List<Diagnostic> diagnostics) {
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
