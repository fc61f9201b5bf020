package org.patchreview.c;

import java.util.stream.Collectors;

/** Prints an expression back as compact C, for fault messages and reports. */
public final class ExprPrinter implements Expr.Visitor<String> {
  private static final ExprPrinter INSTANCE = new ExprPrinter();

  private ExprPrinter() {}

  public static String print(Expr e) {
    return e == null ? "" : e.accept(INSTANCE);
  }

  private static String wrap(Expr e) {
    String s = print(e);
    boolean atom = e instanceof Expr.Ident || e instanceof Expr.IntLit || e instanceof Expr.StringLit
        || e instanceof Expr.Member || e instanceof Expr.Call || e instanceof Expr.Index;
    return atom ? s : "(" + s + ")";
  }

  @Override
  public String visitIntLit(Expr.IntLit e) {
    return e.text();
  }

  @Override
  public String visitFloatLit(Expr.FloatLit e) {
    return e.text();
  }

  @Override
  public String visitStringLit(Expr.StringLit e) {
    return e.text();
  }

  @Override
  public String visitIdent(Expr.Ident e) {
    return e.name();
  }

  @Override
  public String visitUnary(Expr.Unary e) {
    return switch (e.op()) {
      case POST_INC, POST_DEC -> wrap(e.operand()) + e.op().symbol;
      default -> e.op().symbol + wrap(e.operand());
    };
  }

  @Override
  public String visitBinary(Expr.Binary e) {
    return wrap(e.left()) + " " + e.op().symbol + " " + wrap(e.right());
  }

  @Override
  public String visitAssign(Expr.Assign e) {
    return print(e.target()) + " " + (e.op() == null ? "" : e.op().symbol) + "= " + print(e.value());
  }

  @Override
  public String visitConditional(Expr.Conditional e) {
    return wrap(e.cond()) + " ? " + (e.then() == null ? "" : wrap(e.then()) + " ") + ": " + wrap(e.otherwise());
  }

  @Override
  public String visitCall(Expr.Call e) {
    return wrap(e.function()) + "(" + e.args().stream().map(ExprPrinter::print).collect(Collectors.joining(", ")) + ")";
  }

  @Override
  public String visitMember(Expr.Member e) {
    return wrap(e.object()) + (e.arrow() ? "->" : ".") + e.name();
  }

  @Override
  public String visitIndex(Expr.Index e) {
    return wrap(e.array()) + "[" + print(e.index()) + "]";
  }

  @Override
  public String visitCast(Expr.Cast e) {
    return "(" + CType.spell(e.type(), "") + ")" + wrap(e.operand());
  }

  @Override
  public String visitSizeofType(Expr.SizeofType e) {
    return "sizeof(" + CType.spell(e.type(), "") + ")";
  }

  @Override
  public String visitSizeofExpr(Expr.SizeofExpr e) {
    return "sizeof(" + print(e.operand()) + ")";
  }

  @Override
  public String visitAlignofType(Expr.AlignofType e) {
    return "_Alignof(" + CType.spell(e.type(), "") + ")";
  }

  @Override
  public String visitComma(Expr.Comma e) {
    return e.exprs().stream().map(ExprPrinter::print).collect(Collectors.joining(", "));
  }

  @Override
  public String visitCompoundLiteral(Expr.CompoundLiteral e) {
    return "(" + CType.spell(e.type(), "") + "){...}";
  }

  @Override
  public String visitStatementExpr(Expr.StatementExpr e) {
    return "({...})";
  }

  @Override
  public String visitTypeArg(Expr.TypeArg e) {
    return CType.spell(e.type(), "");
  }

  @Override
  public String visitMacroString(Expr.MacroString e) {
    return String.join(" ", e.parts());
  }

  @Override
  public String visitOffsetof(Expr.Offsetof e) {
    return "offsetof(" + CType.spell(e.type(), "") + ", ...)";
  }
}
