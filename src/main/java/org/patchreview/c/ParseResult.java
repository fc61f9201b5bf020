package org.patchreview.c;

import java.util.List;
import org.patchreview.diag.Diagnostic;

/** A translation unit and the problems met preprocessing and parsing it. */
public record ParseResult(TranslationUnit unit, List<Diagnostic> diagnostics) {
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
