package org.patchreview.interp;

import org.patchreview.c.Span;

/** C the interpreter cannot lower (an unknown name, a type error): reported with its location, never a crash. */
final class CompileError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final Span span;

  CompileError(Span span, String message) {
    super(message, null, false, false);
    this.span = span;
  }

  Span span() {
    return span;
  }
}
