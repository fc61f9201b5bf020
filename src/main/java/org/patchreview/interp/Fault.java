package org.patchreview.interp;

import java.util.List;
import org.patchreview.c.Span;

/**
 * A fault observed in interpreted C: a sanitizer-style report with the C location, the expression, the C call stack
 * (innermost first) and, for memory faults, the object involved.
 */
public record Fault(FaultKind kind, String message, Span span, String expression, String function,
    List<String> stack, String object) {

  /** The one-line form used in reports. */
  public String summary() {
    return kind.words + " in " + function + " at " + span.fileLine() + ": " + message;
  }
}
