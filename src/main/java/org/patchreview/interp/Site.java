package org.patchreview.interp;

import org.patchreview.c.Span;

/** A place in the C that touches memory: its location and the expression, for fault messages. */
public interface Site {
  Span span();

  String expression();

  /** A site with no expression of its own (primitives, the runner). */
  static Site at(Span span, String what) {
    return new Site() {
      public Span span() {
        return span;
      }

      public String expression() {
        return what;
      }
    };
  }
}
