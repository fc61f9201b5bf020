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
    return e.accept(visitor);
  }

  private NotConstantException notConstant(Expr e) {
    return new NotConstantException("not a constant expression: " + ExprPrinter.print(e), e.span());
  }

  private final Expr.Visitor<Long> visitor = new Expr.Visitor<>() {
    @Override
    public Long visitIntLit(Expr.IntLit e) {
      return e.value();
    }

    @Override
    public Long visitIdent(Expr.Ident e) {
      return types.enumConstant(e.name())
          .orElseThrow(() -> new NotConstantException(e.name() + " is not a constant", e.span()));
    }

    @Override
    public Long visitUnary(Expr.Unary e) {
      long v = evaluate(e.operand());
      return switch (e.op()) {
        case NEG -> -v;
        case PLUS -> v;
        case NOT -> v == 0 ? 1L : 0L;
        case BITNOT -> ~v;
        default -> throw notConstant(e);
      };
    }

    @Override
    public Long visitBinary(Expr.Binary e) {
      return binary(e);
    }

    @Override
    public Long visitConditional(Expr.Conditional e) {
      long cond = evaluate(e.cond());
      return cond != 0 ? (e.then() == null ? cond : evaluate(e.then())) : evaluate(e.otherwise());
    }

    @Override
    public Long visitCast(Expr.Cast e) {
      return cast(types.resolve(e.type()), evaluate(e.operand()));
    }

    @Override
    public Long visitSizeofType(Expr.SizeofType e) {
      return (long) types.resolve(e.type()).size();
    }

    @Override
    public Long visitAlignofType(Expr.AlignofType e) {
      return (long) types.resolve(e.type()).align();
    }

    @Override
    public Long visitSizeofExpr(Expr.SizeofExpr e) {
      return (long) typeOf(e.operand()).size();
    }

    @Override
    public Long visitOffsetof(Expr.Offsetof e) {
      return offsetof(types.resolve(e.type()), e);
    }

    @Override
    public Long visitComma(Expr.Comma e) {
      return evaluate(e.exprs().get(e.exprs().size() - 1));
    }

    @Override
    public Long visitFloatLit(Expr.FloatLit e) {
      throw notConstant(e);
    }

    @Override
    public Long visitStringLit(Expr.StringLit e) {
      throw notConstant(e);
    }

    @Override
    public Long visitAssign(Expr.Assign e) {
      throw notConstant(e);
    }

    @Override
    public Long visitCall(Expr.Call e) {
      throw notConstant(e);
    }

    @Override
    public Long visitMember(Expr.Member e) {
      throw notConstant(e);
    }

    @Override
    public Long visitIndex(Expr.Index e) {
      throw notConstant(e);
    }

    @Override
    public Long visitCompoundLiteral(Expr.CompoundLiteral e) {
      throw notConstant(e);
    }

    @Override
    public Long visitStatementExpr(Expr.StatementExpr e) {
      throw notConstant(e);
    }

    @Override
    public Long visitTypeArg(Expr.TypeArg e) {
      throw notConstant(e);
    }

    @Override
    public Long visitMacroString(Expr.MacroString e) {
      throw notConstant(e);
    }
  };

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
