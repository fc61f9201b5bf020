package org.patchreview.c;

import java.util.function.Function;

/**
 * Evaluates integer constant expressions (array sizes, bitfield widths, enum values, case labels) within a
 * translation unit. {@code sizeof} of an expression needs the expression's type: the interpreter supplies a typer.
 */
public final class ConstEvaluator {
  private final TypeResolver types;
  private Function<Expr, Type> typer;

  ConstEvaluator(TypeResolver types) {
    this.types = types;
  }

  /** Lets {@code sizeof expr} and {@code typeof(expr)} ask the interpreter's type checker. */
  public void setTyper(Function<Expr, Type> typer) {
    this.typer = typer;
  }

  Type typeOf(Expr e) {
    if (typer == null) {
      throw new NotConstantException("the type of " + ExprPrinter.print(e) + " is not known here", e.span());
    }
    return typer.apply(e);
  }

  public long evaluate(Expr e) {
    if (e instanceof Expr.IntLit i) {
      return i.value();
    }
    if (e instanceof Expr.Ident id) {
      return types.enumConstant(id.name())
          .orElseThrow(() -> new NotConstantException(id.name() + " is not a constant", e.span()));
    }
    if (e instanceof Expr.Unary u) {
      long v = evaluate(u.operand());
      return switch (u.op()) {
        case NEG -> -v;
        case PLUS -> v;
        case NOT -> v == 0 ? 1 : 0;
        case BITNOT -> ~v;
        default -> throw new NotConstantException("not a constant expression: " + ExprPrinter.print(e), e.span());
      };
    }
    if (e instanceof Expr.Binary b) {
      return binary(b);
    }
    if (e instanceof Expr.Conditional c) {
      long cond = evaluate(c.cond());
      return cond != 0 ? (c.then() == null ? cond : evaluate(c.then())) : evaluate(c.otherwise());
    }
    if (e instanceof Expr.Cast c) {
      return cast(types.resolve(c.type()), evaluate(c.operand()));
    }
    if (e instanceof Expr.SizeofType s) {
      return types.resolve(s.type()).size();
    }
    if (e instanceof Expr.AlignofType a) {
      return types.resolve(a.type()).align();
    }
    if (e instanceof Expr.SizeofExpr s) {
      return typeOf(s.operand()).size();
    }
    if (e instanceof Expr.Offsetof o) {
      return offsetof(types.resolve(o.type()), o);
    }
    if (e instanceof Expr.Comma c) {
      return evaluate(c.exprs().get(c.exprs().size() - 1));
    }
    throw new NotConstantException("not a constant expression: " + ExprPrinter.print(e), e.span());
  }

  private long offsetof(Type t, Expr.Offsetof o) {
    long offset = 0;
    Type current = t;
    for (Designator d : o.path()) {
      if (d instanceof Designator.Field f && current instanceof Type.Struct s) {
        StructLayout.Field field = s.layout().find(f.name())
            .orElseThrow(() -> new NotConstantException(s.spell() + " has no member " + f.name(), o.span()));
        offset += field.offset();
        current = field.type();
      } else if (d instanceof Designator.Index i && current instanceof Type.Array a) {
        offset += evaluate(i.first()) * a.element().size();
        current = a.element();
      } else {
        throw new NotConstantException("bad offsetof path", o.span());
      }
    }
    return offset;
  }

  private static long cast(Type t, long v) {
    if (t instanceof Type.Int i) {
      return Conversions.normalise(v, i.kind());
    }
    if (t instanceof Type.Pointer) {
      return v & 0xFFFFFFFFL;
    }
    return v;
  }

  private long binary(Expr.Binary b) {
    if (b.op() == Expr.BinaryOp.LAND) {
      return evaluate(b.left()) != 0 && evaluate(b.right()) != 0 ? 1 : 0;
    }
    if (b.op() == Expr.BinaryOp.LOR) {
      return evaluate(b.left()) != 0 || evaluate(b.right()) != 0 ? 1 : 0;
    }
    long l = evaluate(b.left());
    long r = evaluate(b.right());
    return switch (b.op()) {
      case MUL -> l * r;
      case DIV -> {
        if (r == 0) {
          throw new NotConstantException("division by zero in a constant expression", b.span());
        }
        yield l / r;
      }
      case MOD -> {
        if (r == 0) {
          throw new NotConstantException("division by zero in a constant expression", b.span());
        }
        yield l % r;
      }
      case ADD -> l + r;
      case SUB -> l - r;
      case SHL -> l << r;
      case SHR -> l >> r;
      case LT -> l < r ? 1 : 0;
      case GT -> l > r ? 1 : 0;
      case LE -> l <= r ? 1 : 0;
      case GE -> l >= r ? 1 : 0;
      case EQ -> l == r ? 1 : 0;
      case NE -> l != r ? 1 : 0;
      case BITAND -> l & r;
      case BITXOR -> l ^ r;
      case BITOR -> l | r;
      default -> throw new NotConstantException("not a constant expression", b.span());
    };
  }

  /** An expression that had to be constant and is not. */
  public static final class NotConstantException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Span span;

    public NotConstantException(String message, Span span) {
      super(message, null, false, false);
      this.span = span;
    }

    public Span span() {
      return span;
    }
  }
}
