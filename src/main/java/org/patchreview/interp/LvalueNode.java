package org.patchreview.interp;

import org.patchreview.c.Expr;
import org.patchreview.c.Type;

/** An expression that designates an object: it has an address. */
abstract class LvalueNode extends ExprNode {
  LvalueNode(Type type, Expr source) {
    super(type, source);
  }

  abstract long address(Frame f);

  @Override
  long eval(Frame f) {
    return load(f.memory, address(f), type, this);
  }

  /** Stores an already converted value; returns it. */
  long assign(Frame f, long value) {
    store(f.memory, address(f), type, value, this);
    return value;
  }
}
