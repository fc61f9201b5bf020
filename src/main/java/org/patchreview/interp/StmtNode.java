package org.patchreview.interp;

import org.patchreview.c.Span;

/** A statement lowered for execution; {@link #exec} returns how it completed. */
abstract class StmtNode {
  static final int NORMAL = 0;
  static final int BREAK = 1;
  static final int CONTINUE = 2;
  static final int RETURN = 3;
  static final int GOTO = 4;

  final Span span;

  StmtNode(Span span) {
    this.span = span;
  }

  abstract int exec(Frame f);
}
