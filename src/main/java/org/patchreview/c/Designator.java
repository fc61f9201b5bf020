package org.patchreview.c;

/** One step of a designated initialiser or an offsetof path: {@code .field} or {@code [index]} / {@code [a ... b]}. */
public sealed interface Designator {
  /** {@code .name}. */
  record Field(String name) implements Designator {}

  /** {@code [first]} or the GNU range {@code [first ... last]}; {@code last} is null for a single index. */
  record Index(Expr first, Expr last) implements Designator {}
}
