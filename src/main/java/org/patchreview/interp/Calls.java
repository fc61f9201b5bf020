package org.patchreview.interp;

import org.patchreview.c.Expr;
import org.patchreview.c.Type;

/** Function calls, direct (to a named function) or through a pointer. */
final class Calls {
  private Calls() {}

  static final class Call extends ExprNode {
    private final FunctionSymbol direct;
    private final ExprNode function;
    private final ExprNode[] args;

    /** {@code direct} is the callee when the call names a function; otherwise {@code function} is evaluated. */
    Call(Type type, FunctionSymbol direct, ExprNode function, ExprNode[] args, Expr source) {
      super(type, source);
      this.direct = direct;
      this.function = function;
      this.args = args;
    }

    @Override
    long eval(Frame f) {
      FunctionSymbol fn = direct != null ? direct : f.machine.functionAt(function.eval(f), this);
      long[] values = new long[args.length];
      for (int i = 0; i < args.length; i++) {
        values[i] = args[i].eval(f);
      }
      return f.machine.invoke(fn, values, this);
    }
  }
}
