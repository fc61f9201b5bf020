package org.patchreview.interp;

import org.patchreview.c.Conversions;
import org.patchreview.c.Expr;
import org.patchreview.c.Type;

/** Nodes producing values: constants, addresses, conversions, and the few expressions that sequence others. */
final class Values {
  private Values() {}

  static final class Const extends ExprNode {
    final long value;

    Const(Type type, long value, Expr source) {
      super(type, source);
      this.value = value;
    }

    @Override
    long eval(Frame f) {
      return value;
    }

    @Override
    boolean isConstant() {
      return true;
    }
  }

  /** {@code &lvalue}, and arrays decaying to a pointer to their first element. */
  static final class AddressOf extends ExprNode {
    private final LvalueNode target;

    AddressOf(Type type, LvalueNode target, Expr source) {
      super(type, source);
      this.target = target;
    }

    @Override
    long eval(Frame f) {
      return target.address(f);
    }
  }

  /**
   * A conversion between scalar types. A {@code void *} that becomes a pointer to a struct gives the object it
   * points to that type, when the object has none yet: that is how a kzalloc'ed buffer becomes
   * {@code dma_iommu_mapping#1} in reports.
   */
  static final class Convert extends ExprNode {
    private final ExprNode operand;
    private final Type.IntKind kind;
    private final boolean toBool;
    private final boolean toPointer;
    private final Type.Struct tagAs;

    Convert(Type type, ExprNode operand, Expr source) {
      super(type, source);
      this.operand = operand;
      this.kind = type instanceof Type.Int i ? i.kind() : null;
      this.toBool = kind == Type.IntKind.BOOL;
      this.toPointer = type instanceof Type.Pointer;
      this.tagAs = toPointer && ((Type.Pointer) type).target() instanceof Type.Struct s
          && operand.type instanceof Type.Pointer p && p.target().isVoid() ? s : null;
    }

    @Override
    long eval(Frame f) {
      long v = operand.eval(f);
      if (toBool) {
        return v != 0 ? 1 : 0;
      }
      if (kind != null) {
        return Conversions.normalise(v, kind);
      }
      if (toPointer) {
        v &= 0xFFFFFFFFL;
        if (tagAs != null && v != 0) {
          f.machine.typeObject(v, tagAs);
        }
        return v;
      }
      return v;
    }
  }

  /** Evaluates and drops ({@code (void)x}). */
  static final class Discard extends ExprNode {
    private final ExprNode operand;

    Discard(ExprNode operand, Expr source) {
      super(Type.Void.INSTANCE, source);
      this.operand = operand;
    }

    @Override
    long eval(Frame f) {
      operand.eval(f);
      return 0;
    }
  }

  static final class Comma extends ExprNode {
    private final ExprNode[] items;

    Comma(Type type, ExprNode[] items, Expr source) {
      super(type, source);
      this.items = items;
    }

    @Override
    long eval(Frame f) {
      long v = 0;
      for (ExprNode e : items) {
        v = e.eval(f);
      }
      return v;
    }
  }

  /** {@code c ? a : b}, and GNU {@code c ?: b} when {@code then} is null. */
  static final class Conditional extends ExprNode {
    private final ExprNode cond;
    private final ExprNode then;
    private final ExprNode otherwise;

    Conditional(Type type, ExprNode cond, ExprNode then, ExprNode otherwise, Expr source) {
      super(type, source);
      this.cond = cond;
      this.then = then;
      this.otherwise = otherwise;
    }

    @Override
    long eval(Frame f) {
      long c = cond.eval(f);
      if (c != 0) {
        return then == null ? c : then.eval(f);
      }
      return otherwise.eval(f);
    }
  }

  /** GNU {@code ({ stmts; value; })}. */
  static final class StatementExpr extends ExprNode {
    private final StmtNode body;
    private final ExprNode value;

    StatementExpr(Type type, StmtNode body, ExprNode value, Expr source) {
      super(type, source);
      this.body = body;
      this.value = value;
    }

    @Override
    long eval(Frame f) {
      int c = body.exec(f);
      if (c != StmtNode.NORMAL) {
        throw new Oops(f.machine.faultRecord(FaultKind.UNSUPPORTED,
            "a statement expression left early (break, return or goto)", this, null));
      }
      return value == null ? 0 : value.eval(f);
    }
  }

  /** A compound literal: initialised storage in the frame. */
  static final class CompoundLiteral extends LvalueNode {
    private final int offset;
    private final StmtNode init;

    CompoundLiteral(Type type, int offset, StmtNode init, Expr source) {
      super(type, source);
      this.offset = offset;
      this.init = init;
    }

    @Override
    long address(Frame f) {
      init.exec(f);
      return f.base + offset;
    }
  }
}
