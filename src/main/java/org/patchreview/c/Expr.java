package org.patchreview.c;

import java.util.List;

/** A C expression; every node carries the span of its first token. */
public sealed interface Expr {

  Span span();

  <R> R accept(Visitor<R> v);

  /** Unary operators, prefix and postfix. */
  enum UnaryOp {
    NEG("-"), PLUS("+"), NOT("!"), BITNOT("~"), DEREF("*"), ADDR("&"),
    PRE_INC("++"), PRE_DEC("--"), POST_INC("++"), POST_DEC("--");

    public final String symbol;

    UnaryOp(String symbol) {
      this.symbol = symbol;
    }
  }

  /** Binary operators. */
  enum BinaryOp {
    MUL("*"), DIV("/"), MOD("%"), ADD("+"), SUB("-"), SHL("<<"), SHR(">>"),
    LT("<"), GT(">"), LE("<="), GE(">="), EQ("=="), NE("!="),
    BITAND("&"), BITXOR("^"), BITOR("|"), LAND("&&"), LOR("||");

    public final String symbol;

    BinaryOp(String symbol) {
      this.symbol = symbol;
    }

    public static BinaryOp of(String symbol) {
      for (BinaryOp op : values()) {
        if (op.symbol.equals(symbol)) {
          return op;
        }
      }
      throw new IllegalArgumentException("not a binary operator: " + symbol);
    }
  }

  /** An integer constant with the type its spelling gives it (suffix and magnitude). */
  record IntLit(Span span, long value, CType.Base type, String text) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitIntLit(this);
    }
  }

  record FloatLit(Span span, double value, String text) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitFloatLit(this);
    }
  }

  /** A string literal after concatenation and escape decoding, without the terminating NUL. */
  record StringLit(Span span, byte[] bytes, String text) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitStringLit(this);
    }
  }

  record Ident(Span span, String name) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitIdent(this);
    }
  }

  record Unary(Span span, UnaryOp op, Expr operand) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitUnary(this);
    }
  }

  record Binary(Span span, BinaryOp op, Expr left, Expr right) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitBinary(this);
    }
  }

  /** Assignment; {@code op} is null for plain {@code =}, else the operator of a compound assignment. */
  record Assign(Span span, BinaryOp op, Expr target, Expr value) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitAssign(this);
    }
  }

  /** {@code cond ? then : otherwise}; {@code then} is null for GNU {@code cond ?: otherwise}. */
  record Conditional(Span span, Expr cond, Expr then, Expr otherwise) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitConditional(this);
    }
  }

  record Call(Span span, Expr function, List<Expr> args) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitCall(this);
    }
  }

  /** {@code object.name} or, with {@code arrow}, {@code object->name}. */
  record Member(Span span, Expr object, String name, boolean arrow) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitMember(this);
    }
  }

  record Index(Span span, Expr array, Expr index) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitIndex(this);
    }
  }

  record Cast(Span span, CType type, Expr operand) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitCast(this);
    }
  }

  record SizeofType(Span span, CType type) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitSizeofType(this);
    }
  }

  record SizeofExpr(Span span, Expr operand) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitSizeofExpr(this);
    }
  }

  record AlignofType(Span span, CType type) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitAlignofType(this);
    }
  }

  /** {@code a, b, c}: evaluated in order, the value is the last. */
  record Comma(Span span, List<Expr> exprs) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitComma(this);
    }
  }

  record CompoundLiteral(Span span, CType type, Initializer init) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitCompoundLiteral(this);
    }
  }

  /** GNU {@code ({ ...; value; })}. */
  record StatementExpr(Span span, Stmt.Block body) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitStatementExpr(this);
    }
  }

  /** {@code __builtin_offsetof(type, a.b[2])}. */
  record Offsetof(Span span, CType type, List<Designator> path) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitOffsetof(this);
    }
  }

  /** A type given as a macro argument in unpreprocessed code: {@code container_of(p, struct s, m)}. */
  record TypeArg(Span span, CType type) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitTypeArg(this);
    }
  }

  /**
   * String literals with unexpanded string macros among them, in unpreprocessed code ({@code KERN_ERR "text"}):
   * each part is a literal as written (quotes included) or a macro name.
   */
  record MacroString(Span span, List<String> parts) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitMacroString(this);
    }
  }

  /** Double dispatch over expressions. */
  interface Visitor<R> {
    R visitIntLit(IntLit e);

    R visitFloatLit(FloatLit e);

    R visitStringLit(StringLit e);

    R visitIdent(Ident e);

    R visitUnary(Unary e);

    R visitBinary(Binary e);

    R visitAssign(Assign e);

    R visitConditional(Conditional e);

    R visitCall(Call e);

    R visitMember(Member e);

    R visitIndex(Index e);

    R visitCast(Cast e);

    R visitSizeofType(SizeofType e);

    R visitSizeofExpr(SizeofExpr e);

    R visitAlignofType(AlignofType e);

    R visitComma(Comma e);

    R visitCompoundLiteral(CompoundLiteral e);

    R visitStatementExpr(StatementExpr e);

    R visitOffsetof(Offsetof e);

    R visitTypeArg(TypeArg e);

    R visitMacroString(MacroString e);
  }
}
