package org.patchreview.interp;

import org.patchreview.c.Span;

/** A statement lowered for execution; {@link #exec} returns how it completed. */
abstract class StmtNode {
  static final int NORMAL = 0;
  static final int BREAK = 1;
  static final int CONTINUE = 2;
  static final int RETURN = 3;
  static final int GOTO = 4;

  /** Numbers every node made in this JVM apart, for {@link Coverage}. */
  private static final java.util.concurrent.atomic.AtomicInteger IDS = new java.util.concurrent.atomic.AtomicInteger();

  final Span span;
  final int id = IDS.getAndIncrement();

  /** How many nodes were made so far: a size for a {@link Coverage}'s bits. */
  static int count() {
    return IDS.get();
  }

  StmtNode(Span span) {
    this.span = span;
  }

  abstract int exec(Frame f);

  /** The labels defined inside this statement, for a goto that jumps into it from outside. */
  java.util.Set<String> labels() {
    return java.util.Set.of();
  }

  /**
   * Runs this statement from {@code label} inside it (a goto into a nested block or loop body), then on as the
   * statement would go on. Only called when {@link #labels()} holds the label.
   */
  int enter(Frame f, String label) {
    return exec(f);
  }

  static java.util.Set<String> union(StmtNode... nodes) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (StmtNode n : nodes) {
      if (n != null) {
        out.addAll(n.labels());
      }
    }
    return out.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(out);
  }
}
