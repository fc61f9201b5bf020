package org.patchreview.c;

import java.util.List;

/** A C statement; declarations inside blocks are {@link Local} statements. */
public sealed interface Stmt {

  Span span();

  <R> R accept(Visitor<R> v);

  record Block(Span span, List<Stmt> items) implements Stmt {
    public <R> R accept(Visitor<R> v) {
      return v.visitBlock(this);
    }
  }

  /** A declaration of local variables (one statement, several declarators). */
  record Local(Span span, List<Decl.Var> vars) implements Stmt {
    public <R> R accept(Visitor<R> v) {
      return v.visitLocal(this);
    }
  }

  record ExprStmt(Span span, Expr expr) implements Stmt {
    public <R> R accept(Visitor<R> v) {
      return v.visitExprStmt(this);
    }
  }

  record Empty(Span span) implements Stmt {
    public <R> R accept(Visitor<R> v) {
      return v.visitEmpty(this);
    }
  }

  /** {@code otherwise} is null without an else branch. */
  record If(Span span, Expr cond, Stmt then, Stmt otherwise) implements Stmt {
    public <R> R accept(Visitor<R> v) {
      return v.visitIf(this);
    }
  }

  record Switch(Span span, Expr selector, Stmt body) implements Stmt {
    public <R> R accept(Visitor<R> v) {
      return v.visitSwitch(this);
    }
  }

  /** {@code case value:} or the GNU range {@code case value ... last:}. */
  record Case(Span span, Expr value, Expr last, Stmt body) implements Stmt {
    public <R> R accept(Visitor<R> v) {
      return v.visitCase(this);
    }
  }

  record Default(Span span, Stmt body) implements Stmt {
    public <R> R accept(Visitor<R> v) {
      return v.visitDefault(this);
    }
  }

  record While(Span span, Expr cond, Stmt body) implements Stmt {
    public <R> R accept(Visitor<R> v) {
      return v.visitWhile(this);
    }
  }

  record DoWhile(Span span, Stmt body, Expr cond) implements Stmt {
    public <R> R accept(Visitor<R> v) {
      return v.visitDoWhile(this);
    }
  }

  /** {@code init} is a {@link Local}, an {@link ExprStmt} or null; {@code cond} and {@code step} may be null. */
  record For(Span span, Stmt init, Expr cond, Expr step, Stmt body) implements Stmt {
    public <R> R accept(Visitor<R> v) {
      return v.visitFor(this);
    }
  }

  record Goto(Span span, String label) implements Stmt {
    public <R> R accept(Visitor<R> v) {
      return v.visitGoto(this);
    }
  }

  record Labeled(Span span, String label, Stmt body) implements Stmt {
    public <R> R accept(Visitor<R> v) {
      return v.visitLabeled(this);
    }
  }

  record Continue(Span span) implements Stmt {
    public <R> R accept(Visitor<R> v) {
      return v.visitContinue(this);
    }
  }

  record Break(Span span) implements Stmt {
    public <R> R accept(Visitor<R> v) {
      return v.visitBreak(this);
    }
  }

  /** {@code value} is null for a bare {@code return;}. */
  record Return(Span span, Expr value) implements Stmt {
    public <R> R accept(Visitor<R> v) {
      return v.visitReturn(this);
    }
  }

  /** Inline assembly: parsed, never executed. */
  record Asm(Span span, String text) implements Stmt {
    public <R> R accept(Visitor<R> v) {
      return v.visitAsm(this);
    }
  }

  /** A macro used as a statement or loop header in unpreprocessed code ({@code list_for_each_entry(...) body}). */
  record MacroStmt(Span span, String name, String arguments, Stmt body) implements Stmt {
    public <R> R accept(Visitor<R> v) {
      return v.visitMacroStmt(this);
    }
  }

  /** Double dispatch over statements. */
  interface Visitor<R> {
    R visitBlock(Block s);

    R visitLocal(Local s);

    R visitExprStmt(ExprStmt s);

    R visitEmpty(Empty s);

    R visitIf(If s);

    R visitSwitch(Switch s);

    R visitCase(Case s);

    R visitDefault(Default s);

    R visitWhile(While s);

    R visitDoWhile(DoWhile s);

    R visitFor(For s);

    R visitGoto(Goto s);

    R visitLabeled(Labeled s);

    R visitContinue(Continue s);

    R visitBreak(Break s);

    R visitReturn(Return s);

    R visitAsm(Asm s);

    R visitMacroStmt(MacroStmt s);
  }
}
