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

  /** The value of a constant expression, normalised to its C type. */
  public long evaluate(Expr e) {
    return typed(e).value();
  }

  /** A constant and its C integer type. */
  public record Value(long value, Type.IntKind kind) {
    static Value of(long v, Type.IntKind kind) {
      return new Value(Conversions.normalise(v, kind), kind);
    }
  }

  /** The value and type of a constant expression, with C's promotions and usual arithmetic conversions. */
  public Value typed(Expr e) {
    return e.accept(visitor);
  }

  private NotConstantException notConstant(Expr e) {
    return new NotConstantException("not a constant expression: " + ExprPrinter.print(e), e.span());
  }

  private static Type.IntKind kindOf(CType.Base b) {
    return switch (b) {
      case UINT -> Type.IntKind.UINT;
      case LONG -> Type.IntKind.LONG;
      case ULONG -> Type.IntKind.ULONG;
      case LLONG -> Type.IntKind.LLONG;
      case ULLONG -> Type.IntKind.ULLONG;
      default -> Type.IntKind.INT;
    };
  }

  /** The type GCC gives an enumerator: int when the value fits, else unsigned int, else a 64-bit type. */
  public static Type.IntKind enumeratorKind(long v) {
    if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
      return Type.IntKind.INT;
    }
    return v >= 0 && v <= 0xFFFFFFFFL ? Type.IntKind.UINT : Type.IntKind.LLONG;
  }

  private final Expr.Visitor<Value> visitor = new Expr.Visitor<>() {
    @Override
    public Value visitIntLit(Expr.IntLit e) {
      return Value.of(e.value(), kindOf(e.type()));
    }

    @Override
    public Value visitIdent(Expr.Ident e) {
      long v = types.enumConstant(e.name())
          .orElseThrow(() -> new NotConstantException(e.name() + " is not a constant", e.span()));
      return Value.of(v, enumeratorKind(v));
    }

    @Override
    public Value visitUnary(Expr.Unary e) {
      Value v = typed(e.operand());
      Type.IntKind k = Conversions.promote(v.kind());
      return switch (e.op()) {
        case NEG -> Value.of(-v.value(), k);
        case PLUS -> Value.of(v.value(), k);
        case NOT -> Value.of(v.value() == 0 ? 1 : 0, Type.IntKind.INT);
        case BITNOT -> Value.of(~v.value(), k);
        default -> throw notConstant(e);
      };
    }

    @Override
    public Value visitBinary(Expr.Binary e) {
      return binary(e);
    }

    @Override
    public Value visitConditional(Expr.Conditional e) {
      Value cond = typed(e.cond());
      Value a = e.then() == null ? cond : typed(e.then());
      Value b = typed(e.otherwise());
      Type.IntKind k = Conversions.common(a.kind(), b.kind());
      return Value.of(cond.value() != 0 ? a.value() : b.value(), k);
    }

    @Override
    public Value visitCast(Expr.Cast e) {
      Type t = types.resolve(e.type());
      Value v = typed(e.operand());
      if (t instanceof Type.Int i) {
        return Value.of(v.value(), i.kind());
      }
      return Value.of(v.value() & 0xFFFFFFFFL, Type.IntKind.ULONG);
    }

    @Override
    public Value visitSizeofType(Expr.SizeofType e) {
      return Value.of(types.resolve(e.type()).size(), Type.IntKind.UINT);
    }

    @Override
    public Value visitAlignofType(Expr.AlignofType e) {
      return Value.of(types.alignment(e.type()), Type.IntKind.UINT);
    }

    @Override
    public Value visitSizeofExpr(Expr.SizeofExpr e) {
      return Value.of(typeOf(e.operand()).size(), Type.IntKind.UINT);
    }

    @Override
    public Value visitOffsetof(Expr.Offsetof e) {
      return Value.of(offsetof(types.resolve(e.type()), e), Type.IntKind.UINT);
    }

    @Override
    public Value visitComma(Expr.Comma e) {
      return typed(e.exprs().get(e.exprs().size() - 1));
    }

    @Override
    public Value visitFloatLit(Expr.FloatLit e) {
      throw notConstant(e);
    }

    @Override
    public Value visitStringLit(Expr.StringLit e) {
      throw notConstant(e);
    }

    @Override
    public Value visitAssign(Expr.Assign e) {
      throw notConstant(e);
    }

    @Override
    public Value visitCall(Expr.Call e) {
      throw notConstant(e);
    }

    @Override
    public Value visitMember(Expr.Member e) {
      throw notConstant(e);
    }

    @Override
    public Value visitIndex(Expr.Index e) {
      throw notConstant(e);
    }

    @Override
    public Value visitCompoundLiteral(Expr.CompoundLiteral e) {
      throw notConstant(e);
    }

    @Override
    public Value visitStatementExpr(Expr.StatementExpr e) {
      throw notConstant(e);
    }

    @Override
    public Value visitTypeArg(Expr.TypeArg e) {
      throw notConstant(e);
    }

    @Override
    public Value visitMacroString(Expr.MacroString e) {
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

  private Value binary(Expr.Binary b) {
    if (b.op() == Expr.BinaryOp.LAND) {
      return Value.of(evaluate(b.left()) != 0 && evaluate(b.right()) != 0 ? 1 : 0, Type.IntKind.INT);
    }
    if (b.op() == Expr.BinaryOp.LOR) {
      return Value.of(evaluate(b.left()) != 0 || evaluate(b.right()) != 0 ? 1 : 0, Type.IntKind.INT);
    }
    Value l = typed(b.left());
    Value r = typed(b.right());
    if (b.op() == Expr.BinaryOp.SHL || b.op() == Expr.BinaryOp.SHR) {
      Type.IntKind k = Conversions.promote(l.kind());
      long v = b.op() == Expr.BinaryOp.SHL ? l.value() << r.value()
          : k.signed ? l.value() >> r.value() : Conversions.normalise(l.value(), k) >>> r.value();
      return Value.of(v, k);
    }
    Type.IntKind k = Conversions.common(l.kind(), r.kind());
    long x = Conversions.normalise(l.value(), k);
    long y = Conversions.normalise(r.value(), k);
    boolean unsigned = !k.signed;
    int cmp = unsigned ? Long.compareUnsigned(x, y) : Long.compare(x, y);
    return switch (b.op()) {
      case MUL -> Value.of(x * y, k);
      case DIV, MOD -> {
        if (y == 0) {
          throw new NotConstantException("division by zero in a constant expression", b.span());
        }
        long q = unsigned ? (b.op() == Expr.BinaryOp.DIV ? Long.divideUnsigned(x, y) : Long.remainderUnsigned(x, y))
            : (b.op() == Expr.BinaryOp.DIV ? x / y : x % y);
        yield Value.of(q, k);
      }
      case ADD -> Value.of(x + y, k);
      case SUB -> Value.of(x - y, k);
      case LT -> Value.of(cmp < 0 ? 1 : 0, Type.IntKind.INT);
      case GT -> Value.of(cmp > 0 ? 1 : 0, Type.IntKind.INT);
      case LE -> Value.of(cmp <= 0 ? 1 : 0, Type.IntKind.INT);
      case GE -> Value.of(cmp >= 0 ? 1 : 0, Type.IntKind.INT);
      case EQ -> Value.of(x == y ? 1 : 0, Type.IntKind.INT);
      case NE -> Value.of(x != y ? 1 : 0, Type.IntKind.INT);
      case BITAND -> Value.of(x & y, k);
      case BITXOR -> Value.of(x ^ y, k);
      case BITOR -> Value.of(x | y, k);
      default -> throw new NotConstantException("not a constant expression", b.span());
    };
  }

  /** An expression that had to be constant and is not. */
  public static final class NotConstantException extends CInputException {
    private static final long serialVersionUID = 1L;

    public NotConstantException(String message, Span span) {
      super(message, span);
    }
  }
}
