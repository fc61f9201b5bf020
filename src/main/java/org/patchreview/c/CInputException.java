package org.patchreview.c;

/**
 * C in the input that review cannot take (a name it does not know, a type without a size, a constant that is not one,
 * an object too large): the one exception the stages turn into a diagnostic naming the C, by catching this type and
 * nothing wider, so that any other exception stays what it is, a bug in review (exit 70).
 */
public class CInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Span span;

  /** {@code span} is where in the C, or null when the catcher knows better. */
  public CInputException(String message, Span span) {
    super(message, null, false, false);
    this.span = span;
  }

  public Span span() {
    return span;
  }
}
