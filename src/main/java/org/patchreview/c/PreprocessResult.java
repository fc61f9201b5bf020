package org.patchreview.c;

import java.util.List;
import java.util.Set;
import org.patchreview.diag.Diagnostic;

/**
 * A translation unit after preprocessing: its segments, the files it read, what went wrong, and the includes it looked
 * for in vain ({@code absent}: a file appearing there would change the unit).
 */
public record PreprocessResult(String path, List<Segment> segments, Set<String> files, List<Diagnostic> diagnostics,
    Set<String> absent) {
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
