package org.patchreview.interp;

import org.patchreview.c.CInputException;
import org.patchreview.c.Span;

/** C the interpreter cannot lower (an unknown name, a type error): reported with its location, never a crash. */
final class CompileError extends CInputException {
  private static final long serialVersionUID = 1L;

  CompileError(Span span, String message) {
    super(message, span);
  }
}
