package org.patchreview.c;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.patchreview.grammar.KernelCBaseVisitor;
import org.patchreview.grammar.KernelCParser.*;

/** Builds statements and expressions for {@link AstBuilder}: one visit method per labelled grammar alternative. */
final class AstExpressions extends KernelCBaseVisitor<Object> {
  private final AstBuilder decls;
  private final AstInitializers initializers = new AstInitializers(this);

  AstExpressions(AstBuilder decls) {
    this.decls = decls;
  }

  Expr expr(ExprContext ctx) {
    return (Expr) visit(ctx);
  }

  Expr expression(ExpressionContext ctx) {
    if (ctx == null) {
      return null;
    }
    if (ctx.expr().size() == 1) {
      return expr(ctx.expr(0));
    }
    List<Expr> list = new ArrayList<>();
    for (ExprContext e : ctx.expr()) {
      list.add(expr(e));
    }
    return new Expr.Comma(AstBuilder.span(ctx), List.copyOf(list));
  }

  Stmt statement(StatementContext ctx) {
    return (Stmt) visit(ctx);
  }

  Stmt.Block block(CompoundStatementContext ctx) {
    List<Stmt> items = new ArrayList<>();
    for (BlockItemContext item : ctx.blockItem()) {
      if (item.declaration() != null) {
        List<Decl.Var> vars = new ArrayList<>();
        for (Decl d : decls.declaration(item.declaration(), true)) {
          if (d instanceof Decl.Var v) {
            vars.add(v);
          } else if (d instanceof Decl.MacroCall m) {
            items.add(new Stmt.MacroStmt(m.span(), m.name(), m.arguments(), new Stmt.Empty(m.span())));
          } else {
            decls.hoist(d);
          }
        }
        if (!vars.isEmpty()) {
          items.add(new Stmt.Local(AstBuilder.span(item), List.copyOf(vars)));
        }
      } else {
        items.add(statement(item.statement()));
      }
    }
    return new Stmt.Block(AstBuilder.span(ctx), List.copyOf(items));
  }

  Initializer initializer(InitializerContext ctx) {
    return initializers.initializer(ctx);
  }

  // ------------------------------------------------------------------ statements

  @Override
  public Object visitLabeledStmt(LabeledStmtContext ctx) {
    return new Stmt.Labeled(AstBuilder.span(ctx), ctx.Identifier().getText(), statement(ctx.statement()));
  }

  @Override
  public Object visitCaseStmt(CaseStmtContext ctx) {
    return new Stmt.Case(AstBuilder.span(ctx), expr(ctx.value), ctx.last == null ? null : expr(ctx.last),
        statement(ctx.statement()));
  }

  @Override
  public Object visitDefaultStmt(DefaultStmtContext ctx) {
    return new Stmt.Default(AstBuilder.span(ctx), statement(ctx.statement()));
  }

  @Override
  public Object visitBlockStmt(BlockStmtContext ctx) {
    return block(ctx.compoundStatement());
  }

  @Override
  public Object visitExprStmt(ExprStmtContext ctx) {
    if (ctx.expression() == null) {
      return new Stmt.Empty(AstBuilder.span(ctx));
    }
    return new Stmt.ExprStmt(AstBuilder.span(ctx), expression(ctx.expression()));
  }

  @Override
  public Object visitIfStmt(IfStmtContext ctx) {
    return new Stmt.If(AstBuilder.span(ctx), expression(ctx.expression()), statement(ctx.then),
        ctx.otherwise == null ? null : statement(ctx.otherwise));
  }

  @Override
  public Object visitSwitchStmt(SwitchStmtContext ctx) {
    return new Stmt.Switch(AstBuilder.span(ctx), expression(ctx.expression()), statement(ctx.statement()));
  }

  @Override
  public Object visitWhileStmt(WhileStmtContext ctx) {
    return new Stmt.While(AstBuilder.span(ctx), expression(ctx.expression()), statement(ctx.statement()));
  }

  @Override
  public Object visitDoWhileStmt(DoWhileStmtContext ctx) {
    return new Stmt.DoWhile(AstBuilder.span(ctx), statement(ctx.statement()), expression(ctx.expression()));
  }

  @Override
  public Object visitForStmt(ForStmtContext ctx) {
    Stmt init = null;
    if (ctx.init != null) {
      List<Decl.Var> vars = new ArrayList<>();
      for (Decl d : decls.declaration(ctx.init, true)) {
        if (d instanceof Decl.Var v) {
          vars.add(v);
        }
      }
      init = new Stmt.Local(AstBuilder.span(ctx.init), List.copyOf(vars));
    } else if (ctx.initExpr != null) {
      init = new Stmt.ExprStmt(AstBuilder.span(ctx.initExpr), expression(ctx.initExpr));
    }
    return new Stmt.For(AstBuilder.span(ctx), init, expression(ctx.cond), expression(ctx.step),
        statement(ctx.statement()));
  }

  @Override
  public Object visitGotoStmt(GotoStmtContext ctx) {
    return new Stmt.Goto(AstBuilder.span(ctx), ctx.Identifier().getText());
  }

  @Override
  public Object visitContinueStmt(ContinueStmtContext ctx) {
    return new Stmt.Continue(AstBuilder.span(ctx));
  }

  @Override
  public Object visitBreakStmt(BreakStmtContext ctx) {
    return new Stmt.Break(AstBuilder.span(ctx));
  }

  @Override
  public Object visitReturnStmt(ReturnStmtContext ctx) {
    return new Stmt.Return(AstBuilder.span(ctx), expression(ctx.expression()));
  }

  @Override
  public Object visitAsmStmt(AsmStmtContext ctx) {
    return new Stmt.Asm(AstBuilder.span(ctx), ctx.getText());
  }

  @Override
  public Object visitAttributeStmt(AttributeStmtContext ctx) {
    return new Stmt.Empty(AstBuilder.span(ctx));
  }

  @Override
  public Object visitIteratorMacroStmt(IteratorMacroStmtContext ctx) {
    return new Stmt.MacroStmt(AstBuilder.span(ctx), ctx.Identifier().getText(), AstBuilder.text(ctx.balanced()),
        statement(ctx.statement()));
  }

  // ------------------------------------------------------------------ expressions

  @Override
  public Object visitPrimaryExpr(PrimaryExprContext ctx) {
    return visit(ctx.primary());
  }

  @Override
  public Object visitSubscriptExpr(SubscriptExprContext ctx) {
    return new Expr.Index(AstBuilder.span(ctx), expr(ctx.expr()), expression(ctx.index));
  }

  @Override
  public Object visitCallExpr(CallExprContext ctx) {
    return new Expr.Call(AstBuilder.span(ctx), expr(ctx.expr()), arguments(ctx.argument()));
  }

  List<Expr> arguments(List<ArgumentContext> list) {
    List<Expr> args = new ArrayList<>();
    for (ArgumentContext a : list) {
      args.add(a.expr() != null ? expr(a.expr())
          : new Expr.TypeArg(AstBuilder.span(a), decls.typeName(a.typeName())));
    }
    return List.copyOf(args);
  }

  @Override
  public Object visitMemberExpr(MemberExprContext ctx) {
    return new Expr.Member(AstBuilder.span(ctx), expr(ctx.expr()), ctx.member.getText(), ctx.op.getText().equals("->"));
  }

  @Override
  public Object visitPostfixExpr(PostfixExprContext ctx) {
    Expr.UnaryOp op = ctx.op.getText().equals("++") ? Expr.UnaryOp.POST_INC : Expr.UnaryOp.POST_DEC;
    return new Expr.Unary(AstBuilder.span(ctx), op, expr(ctx.expr()));
  }

  @Override
  public Object visitCompoundLiteralExpr(CompoundLiteralExprContext ctx) {
    return new Expr.CompoundLiteral(AstBuilder.span(ctx), decls.typeName(ctx.typeName()),
        new Initializer.Braced(AstBuilder.span(ctx), initializers.items(ctx.initializerItem())));
  }

  @Override
  public Object visitPrefixExpr(PrefixExprContext ctx) {
    Expr.UnaryOp op = ctx.op.getText().equals("++") ? Expr.UnaryOp.PRE_INC : Expr.UnaryOp.PRE_DEC;
    return new Expr.Unary(AstBuilder.span(ctx), op, expr(ctx.expr()));
  }

  @Override
  public Object visitUnaryExpr(UnaryExprContext ctx) {
    Expr.UnaryOp op = switch (ctx.op.getText()) {
      case "&" -> Expr.UnaryOp.ADDR;
      case "*" -> Expr.UnaryOp.DEREF;
      case "+" -> Expr.UnaryOp.PLUS;
      case "-" -> Expr.UnaryOp.NEG;
      case "~" -> Expr.UnaryOp.BITNOT;
      default -> Expr.UnaryOp.NOT;
    };
    return new Expr.Unary(AstBuilder.span(ctx), op, expr(ctx.expr()));
  }

  @Override
  public Object visitSizeofTypeExpr(SizeofTypeExprContext ctx) {
    return new Expr.SizeofType(AstBuilder.span(ctx), decls.typeName(ctx.typeName()));
  }

  @Override
  public Object visitSizeofExpr(SizeofExprContext ctx) {
    return new Expr.SizeofExpr(AstBuilder.span(ctx), expr(ctx.expr()));
  }

  @Override
  public Object visitAlignofExpr(AlignofExprContext ctx) {
    return new Expr.AlignofType(AstBuilder.span(ctx), decls.typeName(ctx.typeName()));
  }

  @Override
  public Object visitAlignofExprExpr(AlignofExprExprContext ctx) {
    return new Expr.AlignofType(AstBuilder.span(ctx), new CType.TypeOfExpr(expr(ctx.expr())));
  }

  @Override
  public Object visitCastExpr(CastExprContext ctx) {
    return new Expr.Cast(AstBuilder.span(ctx), decls.typeName(ctx.typeName()), expr(ctx.expr()));
  }

  private Expr binary(ExprContext ctx, ExprContext left, org.antlr.v4.runtime.Token op, ExprContext right) {
    return new Expr.Binary(AstBuilder.span(ctx), Expr.BinaryOp.of(op.getText()), expr(left), expr(right));
  }

  @Override
  public Object visitMultiplicativeExpr(MultiplicativeExprContext ctx) {
    return binary(ctx, ctx.left, ctx.op, ctx.right);
  }

  @Override
  public Object visitAdditiveExpr(AdditiveExprContext ctx) {
    return binary(ctx, ctx.left, ctx.op, ctx.right);
  }

  @Override
  public Object visitShiftExpr(ShiftExprContext ctx) {
    return binary(ctx, ctx.left, ctx.op, ctx.right);
  }

  @Override
  public Object visitRelationalExpr(RelationalExprContext ctx) {
    return binary(ctx, ctx.left, ctx.op, ctx.right);
  }

  @Override
  public Object visitEqualityExpr(EqualityExprContext ctx) {
    return binary(ctx, ctx.left, ctx.op, ctx.right);
  }

  @Override
  public Object visitBitAndExpr(BitAndExprContext ctx) {
    return binary(ctx, ctx.left, ctx.op, ctx.right);
  }

  @Override
  public Object visitBitXorExpr(BitXorExprContext ctx) {
    return binary(ctx, ctx.left, ctx.op, ctx.right);
  }

  @Override
  public Object visitBitOrExpr(BitOrExprContext ctx) {
    return binary(ctx, ctx.left, ctx.op, ctx.right);
  }

  @Override
  public Object visitLogicalAndExpr(LogicalAndExprContext ctx) {
    return binary(ctx, ctx.left, ctx.op, ctx.right);
  }

  @Override
  public Object visitLogicalOrExpr(LogicalOrExprContext ctx) {
    return binary(ctx, ctx.left, ctx.op, ctx.right);
  }

  @Override
  public Object visitConditionalExpr(ConditionalExprContext ctx) {
    return new Expr.Conditional(AstBuilder.span(ctx), expr(ctx.cond), expression(ctx.then), expr(ctx.otherwise));
  }

  @Override
  public Object visitAssignExpr(AssignExprContext ctx) {
    String op = ctx.op.getText();
    Expr.BinaryOp binary = op.equals("=") ? null : Expr.BinaryOp.of(op.substring(0, op.length() - 1));
    return new Expr.Assign(AstBuilder.span(ctx), binary, expr(ctx.target), expr(ctx.value));
  }

  @Override
  public Object visitIdentifierPrimary(IdentifierPrimaryContext ctx) {
    return new Expr.Ident(AstBuilder.span(ctx), ctx.getText());
  }

  @Override
  public Object visitIntegerPrimary(IntegerPrimaryContext ctx) {
    Literals.IntValue v;
    try {
      v = Literals.integer(ctx.getText());
    } catch (CInputException e) {
      throw new CInputException(e.getMessage(), AstBuilder.span(ctx));
    }
    return new Expr.IntLit(AstBuilder.span(ctx), v.value(), v.type(), ctx.getText());
  }

  @Override
  public Object visitFloatPrimary(FloatPrimaryContext ctx) {
    String t = ctx.getText().replaceAll("[fFlL]$", "");
    return new Expr.FloatLit(AstBuilder.span(ctx), Double.parseDouble(t), ctx.getText());
  }

  @Override
  public Object visitCharPrimary(CharPrimaryContext ctx) {
    return new Expr.IntLit(AstBuilder.span(ctx), Literals.character(ctx.getText()), CType.Base.INT, ctx.getText());
  }

  @Override
  public Object visitStringPrimary(StringPrimaryContext ctx) {
    StringBuilder text = new StringBuilder();
    for (TerminalNode t : ctx.StringLiteral()) {
      text.append(t.getText());
    }
    return new Expr.StringLit(AstBuilder.span(ctx), AstBuilder.stringBytes(ctx.StringLiteral()), text.toString());
  }

  @Override
  public Object visitMacroStringPrimary(MacroStringPrimaryContext ctx) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < ctx.getChildCount(); i++) {
      parts.add(ctx.getChild(i).getText());
    }
    return new Expr.MacroString(AstBuilder.span(ctx), List.copyOf(parts));
  }

  /** The bytes of adjacent string literals, concatenated. */
  @Override
  public Object visitParenPrimary(ParenPrimaryContext ctx) {
    return expression(ctx.expression());
  }

  @Override
  public Object visitStatementExprPrimary(StatementExprPrimaryContext ctx) {
    return new Expr.StatementExpr(AstBuilder.span(ctx), block(ctx.compoundStatement()));
  }

  @Override
  public Object visitOffsetofPrimary(OffsetofPrimaryContext ctx) {
    List<Designator> path = new ArrayList<>();
    path.add(new Designator.Field(ctx.Identifier().getText()));
    for (DesignatorContext d : ctx.designator()) {
      path.add(initializers.designator(d));
    }
    return new Expr.Offsetof(AstBuilder.span(ctx), decls.typeName(ctx.typeName()), List.copyOf(path));
  }

  @Override
  public Object visitExtensionPrimary(ExtensionPrimaryContext ctx) {
    return expr(ctx.expr());
  }
}
