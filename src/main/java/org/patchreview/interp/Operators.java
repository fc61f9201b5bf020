package org.patchreview.interp;

import org.patchreview.c.Conversions;
import org.patchreview.c.Expr;
import org.patchreview.c.Type;

/** Arithmetic, comparison, logical and assignment operators on values already converted to their common type. */
final class Operators {
  private Operators() {}

  /** Integer arithmetic in {@code kind} (signed overflow wraps, as the kernel builds with -fno-strict-overflow). */
  static final class Arith extends ExprNode {
    private final Expr.BinaryOp op;
    private final Type.IntKind kind;
    private final ExprNode left;
    private final ExprNode right;

    Arith(Type type, Expr.BinaryOp op, ExprNode left, ExprNode right, Expr source) {
      super(type, source);
      this.op = op;
      this.kind = ((Type.Int) type).kind();
      this.left = left;
      this.right = right;
    }

    @Override
    long eval(Frame f) {
      return apply(f, this, op, kind, left.eval(f), right.eval(f));
    }

    static long apply(Frame f, Site site, Expr.BinaryOp op, Type.IntKind kind, long a, long b) {
      long r = switch (op) {
        case ADD -> a + b;
        case SUB -> a - b;
        case MUL -> a * b;
        case DIV, MOD -> divide(f, site, op, kind, a, b);
        case BITAND -> a & b;
        case BITOR -> a | b;
        case BITXOR -> a ^ b;
        case SHL, SHR -> shift(f, site, op, kind, a, b);
        default -> throw new IllegalStateException("not arithmetic: " + op);
      };
      return Conversions.normalise(r, kind);
    }

    private static long divide(Frame f, Site site, Expr.BinaryOp op, Type.IntKind kind, long a, long b) {
      if (b == 0) {
        f.machine.fault(FaultKind.DIVISION_BY_ZERO, "division by zero", site, null);
        return 0;
      }
      if (kind == Type.IntKind.ULLONG) {
        return op == Expr.BinaryOp.DIV ? Long.divideUnsigned(a, b) : Long.remainderUnsigned(a, b);
      }
      return op == Expr.BinaryOp.DIV ? a / b : a % b;
    }

    static long shift(Frame f, Site site, Expr.BinaryOp op, Type.IntKind kind, long a, long count) {
      int bits = kind.size * 8;
      if (count < 0 || count >= bits) {
        f.machine.fault(FaultKind.SHIFT_OUT_OF_RANGE, "shift by " + count + " of a " + bits + "-bit value", site,
            null);
        return 0;
      }
      if (op == Expr.BinaryOp.SHL) {
        return a << count;
      }
      return kind.signed ? a >> count : a >>> count;
    }
  }

  /** {@code -x}, {@code ~x}, {@code +x}. */
  static final class UnaryArith extends ExprNode {
    private final Expr.UnaryOp op;
    private final Type.IntKind kind;
    private final ExprNode operand;

    UnaryArith(Type type, Expr.UnaryOp op, ExprNode operand, Expr source) {
      super(type, source);
      this.op = op;
      this.kind = ((Type.Int) type).kind();
      this.operand = operand;
    }

    @Override
    long eval(Frame f) {
      long v = operand.eval(f);
      return Conversions.normalise(op == Expr.UnaryOp.NEG ? -v : op == Expr.UnaryOp.BITNOT ? ~v : v, kind);
    }
  }

  static final class Not extends ExprNode {
    private final ExprNode operand;

    Not(Type type, ExprNode operand, Expr source) {
      super(type, source);
      this.operand = operand;
    }

    @Override
    long eval(Frame f) {
      return operand.eval(f) == 0 ? 1 : 0;
    }
  }

  /** Relational and equality operators; pointers and unsigned types compare unsigned. */
  static final class Compare extends ExprNode {
    private final Expr.BinaryOp op;
    private final boolean unsigned;
    private final ExprNode left;
    private final ExprNode right;

    Compare(Type type, Expr.BinaryOp op, boolean unsigned, ExprNode left, ExprNode right, Expr source) {
      super(type, source);
      this.op = op;
      this.unsigned = unsigned;
      this.left = left;
      this.right = right;
    }

    @Override
    long eval(Frame f) {
      long a = left.eval(f);
      long b = right.eval(f);
      int c = unsigned ? Long.compareUnsigned(a, b) : Long.compare(a, b);
      boolean r = switch (op) {
        case LT -> c < 0;
        case GT -> c > 0;
        case LE -> c <= 0;
        case GE -> c >= 0;
        case EQ -> c == 0;
        default -> c != 0;
      };
      return r ? 1 : 0;
    }
  }

  static final class Logical extends ExprNode {
    private final boolean and;
    private final ExprNode left;
    private final ExprNode right;

    Logical(Type type, boolean and, ExprNode left, ExprNode right, Expr source) {
      super(type, source);
      this.and = and;
      this.left = left;
      this.right = right;
    }

    @Override
    long eval(Frame f) {
      boolean l = left.eval(f) != 0;
      if (and ? !l : l) {
        return and ? 0 : 1;
      }
      return right.eval(f) != 0 ? 1 : 0;
    }
  }

  /** {@code p + i} and {@code p - i}: the integer scaled by the pointed-to size. */
  static final class PointerAdd extends ExprNode {
    private final ExprNode pointer;
    private final ExprNode offset;
    private final long scale;

    PointerAdd(Type type, ExprNode pointer, ExprNode offset, long scale, Expr source) {
      super(type, source);
      this.pointer = pointer;
      this.offset = offset;
      this.scale = scale;
    }

    @Override
    long eval(Frame f) {
      return (pointer.eval(f) + offset.eval(f) * scale) & 0xFFFFFFFFL;
    }
  }

  /** {@code p - q}: the distance in elements, a {@code ptrdiff_t}. */
  static final class PointerDiff extends ExprNode {
    private final ExprNode left;
    private final ExprNode right;
    private final long scale;

    PointerDiff(Type type, ExprNode left, ExprNode right, long scale, Expr source) {
      super(type, source);
      this.left = left;
      this.right = right;
      this.scale = scale;
    }

    @Override
    long eval(Frame f) {
      return Conversions.normalise((left.eval(f) - right.eval(f)) / scale, Type.IntKind.INT);
    }
  }

  /** {@code target = value}, the value already converted to the target's type. */
  static final class Assign extends ExprNode {
    private final LvalueNode target;
    private final ExprNode value;

    Assign(LvalueNode target, ExprNode value, Expr source) {
      super(target.type, source);
      this.target = target;
      this.value = value;
    }

    @Override
    long eval(Frame f) {
      return target.assign(f, value.eval(f));
    }
  }

  /**
   * {@code target op= value} and {@code ++}/{@code --}: the target's address is computed once; the operation runs in
   * {@code kind} (or as pointer arithmetic when {@code scale} is non-zero) and the result converts back.
   */
  static final class Update extends ExprNode {
    private final LvalueNode target;
    private final Expr.BinaryOp op;
    private final ExprNode value;
    private final Type.IntKind kind;
    private final long scale;
    private final boolean postfix;

    Update(LvalueNode target, Expr.BinaryOp op, ExprNode value, Type.IntKind kind, long scale, boolean postfix,
        Expr source) {
      super(target.type, source);
      this.target = target;
      this.op = op;
      this.value = value;
      this.kind = kind;
      this.scale = scale;
      this.postfix = postfix;
    }

    @Override
    long eval(Frame f) {
      long addr = target.address(f);
      long old = Lvalues.loadAt(target, f, addr);
      long v = value.eval(f);
      long result;
      if (scale != 0) {
        long delta = v * scale;
        result = (op == Expr.BinaryOp.SUB ? old - delta : old + delta) & 0xFFFFFFFFL;
      } else {
        long r = Arith.apply(f, this, op, kind, Conversions.normalise(old, kind), v);
        result = target.type instanceof Type.Int t ? Conversions.normalise(r, t.kind()) : r;
      }
      long stored = Lvalues.storeAt(target, f, addr, result);
      return postfix ? old : stored;
    }
  }
}
