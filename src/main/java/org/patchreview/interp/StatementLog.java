package org.patchreview.interp;

import java.util.Arrays;
import org.patchreview.c.Span;

/**
 * The statements one run executed, in order, each with the function it ran in. Recording is opt-in: only a machine
 * given a log ({@link Machine#recordStatements}) appends to one, so ordinary runs pay a single null check per
 * statement. Reports align two logs to say where the runs before and after a patch part.
 */
public final class StatementLog {
  private Span[] spans = new Span[8192];
  private String[] functions = new String[8192];
  private int size;

  /** Appends a statement (the machine does, while recording; tests build logs by hand). */
  public void add(Span span, String function) {
    if (size == spans.length) {
      spans = Arrays.copyOf(spans, size * 2);
      functions = Arrays.copyOf(functions, size * 2);
    }
    spans[size] = span;
    functions[size] = function;
    size++;
  }

  /** How many statements ran so far: the position of whatever happens next. */
  public int size() {
    return size;
  }

  public Span span(int i) {
    return spans[i];
  }

  /** The C function statement {@code i} ran in (empty for a global's initialiser). */
  public String function(int i) {
    return functions[i];
  }
}
