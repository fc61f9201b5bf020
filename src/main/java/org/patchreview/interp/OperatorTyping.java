package org.patchreview.interp;

import org.patchreview.c.Conversions;
import org.patchreview.c.Expr;
import org.patchreview.c.Type;

/**
 * The typing half of {@link ExprCompiler} for operators: integer promotions and the usual arithmetic conversions,
 * pointer arithmetic scaled by the pointed-to size, comparisons signed or not, assignment conversions.
 */
final class OperatorTyping {
  private static final Type INT = Type.Int.INT;

  private OperatorTyping() {}

  /** {@code ++x}, {@code x--} and the like on an lvalue: pointers step by the pointed-to size. */
  static ExprNode incDec(Expr.Unary e, LvalueNode target) {
    boolean post = e.op() == Expr.UnaryOp.POST_INC || e.op() == Expr.UnaryOp.POST_DEC;
    boolean inc = e.op() == Expr.UnaryOp.PRE_INC || e.op() == Expr.UnaryOp.POST_INC;
    Expr.BinaryOp op = inc ? Expr.BinaryOp.ADD : Expr.BinaryOp.SUB;
    ExprNode one = new Values.Const(INT, 1, e);
    if (target.type instanceof Type.Pointer p) {
      return new Operators.Update(target, op, one, null, Typing.elementSize(p, e), post, e);
    }
    Type.IntKind kind = Conversions.common(Typing.kindOf(target), Type.IntKind.INT);
    return new Operators.Update(target, op, Typing.convert(one, Type.Int.of(kind)), kind, 0, post, e);
  }

  /** A binary operator other than {@code &&} and {@code ||}, its operands already rvalues. */
  static ExprNode binary(Expr.Binary e, ExprNode l, ExprNode r) {
    return switch (e.op()) {
      case ADD, SUB -> additive(e, l, r);
      case LT, GT, LE, GE, EQ, NE -> compare(e, l, r);
      case SHL, SHR -> {
        // Each operand of a shift is promoted on its own; the result has the left one's type.
        Type t = Type.Int.of(Conversions.promote(Typing.kindOf(l)));
        Type count = Type.Int.of(Conversions.promote(Typing.kindOf(r)));
        yield new Operators.Arith(t, e.op(), Typing.convert(l, t), Typing.convert(r, count), e);
      }
      default -> arithmetic(e, l, r);
    };
  }

  private static ExprNode arithmetic(Expr.Binary e, ExprNode l, ExprNode r) {
    Type t = Type.Int.of(Conversions.common(Typing.kindOf(l), Typing.kindOf(r)));
    return new Operators.Arith(t, e.op(), Typing.convert(l, t), Typing.convert(r, t), e);
  }

  private static ExprNode additive(Expr.Binary e, ExprNode l, ExprNode r) {
    if (l.type instanceof Type.Pointer lp && r.type instanceof Type.Pointer) {
      if (e.op() != Expr.BinaryOp.SUB) {
        throw new CompileError(e.span(), "cannot add two pointers");
      }
      return new Operators.PointerDiff(new Type.Int(Type.IntKind.INT, "ptrdiff_t"), l, r, Typing.elementSize(lp, e),
          e);
    }
    if (l.type instanceof Type.Pointer lp) {
      ExprNode i = r;
      if (e.op() == Expr.BinaryOp.SUB) {
        i = new Operators.UnaryArith(Type.Int.of(Conversions.promote(Typing.kindOf(r))), Expr.UnaryOp.NEG,
            Typing.convert(r, Type.Int.of(Conversions.promote(Typing.kindOf(r)))), e);
      }
      return new Operators.PointerAdd(l.type, l, i, Typing.elementSize(lp, e), e);
    }
    if (r.type instanceof Type.Pointer rp && e.op() == Expr.BinaryOp.ADD) {
      return new Operators.PointerAdd(r.type, r, l, Typing.elementSize(rp, e), e);
    }
    return arithmetic(e, l, r);
  }

  private static ExprNode compare(Expr.Binary e, ExprNode l, ExprNode r) {
    if (l.type instanceof Type.Pointer || r.type instanceof Type.Pointer) {
      return new Operators.Compare(INT, e.op(), true, l, r, e);
    }
    Type.IntKind k = Conversions.common(Typing.kindOf(l), Typing.kindOf(r));
    Type t = Type.Int.of(k);
    return new Operators.Compare(INT, e.op(), !k.signed, Typing.convert(l, t), Typing.convert(r, t), e);
  }

  /** Plain and compound assignment: the value converted to the target's type, or the update done in the common type. */
  static ExprNode assign(Expr.Assign e, LvalueNode target, ExprNode value) {
    if (e.op() == null) {
      checkAssignable(target, value, e);
      return new Operators.Assign(target, Typing.convert(value, target.type), e);
    }
    if (target.type instanceof Type.Pointer p && (e.op() == Expr.BinaryOp.ADD || e.op() == Expr.BinaryOp.SUB)) {
      return new Operators.Update(target, e.op(), value, null, Typing.elementSize(p, e), false, e);
    }
    Type.IntKind kind = e.op() == Expr.BinaryOp.SHL || e.op() == Expr.BinaryOp.SHR
        ? Conversions.promote(Typing.kindOf(target)) : Conversions.common(Typing.kindOf(target), Typing.kindOf(value));
    Type.IntKind valueKind = e.op() == Expr.BinaryOp.SHL || e.op() == Expr.BinaryOp.SHR
        ? Conversions.promote(Typing.kindOf(value)) : kind;
    return new Operators.Update(target, e.op(), Typing.convert(value, Type.Int.of(valueKind)), kind, 0, false, e);
  }

  private static void checkAssignable(LvalueNode target, ExprNode value, Expr e) {
    boolean targetAggregate = target.type instanceof Type.Struct;
    boolean valueAggregate = value.type instanceof Type.Struct;
    if (targetAggregate != valueAggregate || target.type instanceof Type.Array) {
      throw new CompileError(e.span(), "cannot assign " + value.type.spell() + " to " + target.type.spell());
    }
  }
}
