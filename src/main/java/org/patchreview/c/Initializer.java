package org.patchreview.c;

import java.util.List;

/** The initialiser of a variable: one expression or a braced list of (designated) items. */
public sealed interface Initializer {
  Span span();

  /** {@code = expr}. */
  record Single(Span span, Expr expr) implements Initializer {}

  /** {@code = { item, .field = item, [3] = item }}. */
  record Braced(Span span, List<Item> items) implements Initializer {}

  /** One item of a braced list; {@code designators} is empty for a positional item. */
  record Item(List<Designator> designators, Initializer value) {}
}
