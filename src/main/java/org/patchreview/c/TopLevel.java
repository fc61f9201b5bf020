package org.patchreview.c;

import java.util.List;
import org.patchreview.diag.Diagnostic;

/**
 * One top-level declaration of unpreprocessed code, lines {@code firstLine..lastLine}: the declarations it made, or
 * ({@code error} not null) why it did not parse and the token it stopped at.
 */
public record TopLevel(int firstLine, int lastLine, List<Decl> decls, Diagnostic error, CToken offending) {
  public boolean parsed() {
    return error == null;
  }
}
