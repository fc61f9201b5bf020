package org.patchreview.interp;

import java.util.function.Consumer;
import org.patchreview.c.Decl;
import org.patchreview.c.Stmt;

/** Finds the {@code static} local variables of a function body, wherever they are nested. */
final class StaticLocalFinder implements Stmt.Visitor<Void> {
  private final Consumer<Decl.Var> found;

  private StaticLocalFinder(Consumer<Decl.Var> found) {
    this.found = found;
  }

  static void find(Stmt s, Consumer<Decl.Var> found) {
    new StaticLocalFinder(found).visit(s);
  }

  private Void visit(Stmt s) {
    return s == null ? null : s.accept(this);
  }

  @Override
  public Void visitLocal(Stmt.Local s) {
    s.vars().stream().filter(v -> v.storage() == Decl.Storage.STATIC).forEach(found);
    return null;
  }

  @Override
  public Void visitBlock(Stmt.Block s) {
    s.items().forEach(this::visit);
    return null;
  }

  @Override
  public Void visitIf(Stmt.If s) {
    visit(s.then());
    return visit(s.otherwise());
  }

  @Override
  public Void visitWhile(Stmt.While s) {
    return visit(s.body());
  }

  @Override
  public Void visitDoWhile(Stmt.DoWhile s) {
    return visit(s.body());
  }

  @Override
  public Void visitFor(Stmt.For s) {
    visit(s.init());
    return visit(s.body());
  }

  @Override
  public Void visitSwitch(Stmt.Switch s) {
    return visit(s.body());
  }

  @Override
  public Void visitCase(Stmt.Case s) {
    return visit(s.body());
  }

  @Override
  public Void visitDefault(Stmt.Default s) {
    return visit(s.body());
  }

  @Override
  public Void visitLabeled(Stmt.Labeled s) {
    return visit(s.body());
  }

  @Override
  public Void visitMacroStmt(Stmt.MacroStmt s) {
    return visit(s.body());
  }

  @Override
  public Void visitExprStmt(Stmt.ExprStmt s) {
    return null;
  }

  @Override
  public Void visitEmpty(Stmt.Empty s) {
    return null;
  }

  @Override
  public Void visitGoto(Stmt.Goto s) {
    return null;
  }

  @Override
  public Void visitContinue(Stmt.Continue s) {
    return null;
  }

  @Override
  public Void visitBreak(Stmt.Break s) {
    return null;
  }

  @Override
  public Void visitReturn(Stmt.Return s) {
    return null;
  }

  @Override
  public Void visitAsm(Stmt.Asm s) {
    return null;
  }
}
