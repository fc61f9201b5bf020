package org.patchreview.interp;

import org.patchreview.c.CInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.patchreview.c.Decl;
import org.patchreview.c.Expr;
import org.patchreview.c.Span;
import org.patchreview.c.Stmt;
import org.patchreview.c.Type;
import org.patchreview.c.TypeResolver;

/** Lowers a function body: scopes and frame slots for locals, labels for goto, case positions for switch. */
final class StmtCompiler implements Stmt.Visitor<StmtNode> {
  private final Program program;
  private final Unit unit;
  private final Scope scope;
  private final ExprCompiler exprs;
  private final Initializers inits;
  private final Type returns;
  private final List<CompileError> errors;
  /**
   * How deep statements may nest (an {@code if} and its block are two levels): twice what C guarantees (127 nested
   * blocks), far above what the kernel writes, and low enough that compiling, running and recording a statement never
   * runs out of Java stack, which 20,000 nested {@code if}s did.
   */
  static final int MAX_NESTING = 512;
  /** The same for expressions: four times C's 63 nested parentheses. */
  static final int MAX_EXPRESSION_NESTING = 256;
  private int depth;

  private StmtCompiler(Program program, Unit unit, FunctionSymbol fn, List<CompileError> errors) {
    this.program = program;
    this.unit = unit;
    this.scope = new Scope(fn);
    this.exprs = new ExprCompiler(program, unit, scope);
    this.exprs.setStatements(this);
    this.inits = new Initializers(exprs);
    this.returns = fn.type.returns();
    this.errors = errors;
  }

  /** Compiles a defined function; problems are added to {@code errors} and their statements fault when reached. */
  static CompiledFunction compile(Program program, Unit unit, FunctionSymbol fn, List<CompileError> errors) {
    StmtCompiler c = new StmtCompiler(program, unit, fn, errors);
    List<org.patchreview.c.CType.Param> params = fn.decl.type().params();
    int[] offsets = new int[params.size()];
    Type[] types = new Type[params.size()];
    for (int i = 0; i < params.size(); i++) {
      types[i] = fn.type.params().get(i);
      try {
        offsets[i] = c.scope.declare(params.get(i).name(), types[i]).offset();
      } catch (CompileError e) {
        errors.add(new CompileError(fn.decl.span(), e.getMessage()));
        StmtNode refused = new Statements.Unsupported(fn.decl.span(), e.getMessage());
        return new CompiledFunction(fn, 0, new int[0], new Type[0], refused, null);
      }
    }
    StmtNode body = c.visitBlock(fn.decl.body());
    CompiledFunction compiled = new CompiledFunction(fn, c.scope.frameSize(), offsets, types, body, null);
    compiled.poison = c.scope.poison();
    return compiled;
  }

  private StmtNode guarded(Stmt s) {
    try {
      if (++depth > MAX_NESTING) {
        throw new CompileError(s.span(), "statement nested more than " + MAX_NESTING
            + " levels deep (C guarantees 127 nested blocks); review does not run it");
      }
      return s.accept(this);
    } catch (CompileError e) {
      errors.add(e.span() == null ? new CompileError(s.span(), e.getMessage()) : e);
      return new Statements.Unsupported(s.span(), e.getMessage());
    } catch (CInputException e) {
      errors.add(new CompileError(e.span() == null ? s.span() : e.span(), e.getMessage()));
      return new Statements.Unsupported(s.span(), e.getMessage());
    } finally {
      depth--;
    }
  }

  private StmtNode body(Stmt s) {
    scope.push();
    try {
      return guarded(s);
    } finally {
      scope.pop();
    }
  }

  // ------------------------------------------------------------------ blocks, locals

  @Override
  public StmtNode visitBlock(Stmt.Block s) {
    scope.push();
    try {
      List<StmtNode> items = new ArrayList<>();
      Map<String, Integer> labels = new HashMap<>();
      for (Stmt item : s.items()) {
        Stmt inner = item;
        while (inner instanceof Stmt.Labeled l) {
          labels.put(l.label(), items.size());
          inner = l.body();
        }
        items.add(guarded(inner));
      }
      return new Statements.Block(s.span(), items.toArray(new StmtNode[0]), labels);
    } finally {
      scope.pop();
    }
  }

  @Override
  public StmtNode visitLocal(Stmt.Local s) {
    List<StmtNode> out = new ArrayList<>();
    for (Decl.Var v : s.vars()) {
      if (v.storage() == Decl.Storage.STATIC) {
        scope.declareStatic(v.name(), program.staticLocal(unit, scope.function, v));
        continue;
      }
      if (v.storage() == Decl.Storage.EXTERN) {
        continue;
      }
      Type t = inits.sized(exprs.resolve(v.type(), null), v.init(), v.span());
      Scope.Local l = scope.declare(v.name(), t);
      if (v.init() != null) {
        LvalueNode target = new Lvalues.Local(t, l.offset(), new Expr.Ident(v.span(), v.name()));
        if (!t.isScalar()) {
          out.add(new Initializers.ZeroFill(v.span(), target, t.size()));
        }
        inits.emit(target, t, v.init(), out);
      }
    }
    return out.size() == 1 ? out.get(0) : new Statements.Block(s.span(), out.toArray(new StmtNode[0]), Map.of());
  }

  /** A compound literal: a frame slot initialised where the literal stands. */
  ExprNode compoundLiteral(Type t, Expr.CompoundLiteral e) {
    Type sized = inits.sized(t, e.init(), e.span());
    Scope.Local l = scope.declare("", sized);
    LvalueNode target = new Lvalues.Local(sized, l.offset(), e);
    List<StmtNode> init = new ArrayList<>();
    init.add(new Initializers.ZeroFill(e.span(), target, sized.size()));
    inits.emit(target, sized, e.init(), init);
    return new Values.CompoundLiteral(sized, l.offset(),
        new Statements.Block(e.span(), init.toArray(new StmtNode[0]), Map.of()), e);
  }

  /** GNU statement expression: the block's last expression statement is its value. */
  ExprNode statementExpression(Expr.StatementExpr e) {
    List<Stmt> items = e.body().items();
    scope.push();
    try {
      List<StmtNode> nodes = new ArrayList<>();
      ExprNode value = null;
      for (int i = 0; i < items.size(); i++) {
        Stmt item = items.get(i);
        if (i == items.size() - 1 && item instanceof Stmt.ExprStmt last) {
          value = exprs.rvalue(last.expr());
        } else {
          nodes.add(guarded(item));
        }
      }
      Type t = value == null ? Type.Void.INSTANCE : value.type;
      return new Values.StatementExpr(t, new Statements.Block(e.span(), nodes.toArray(new StmtNode[0]), Map.of()),
          value, e);
    } finally {
      scope.pop();
    }
  }

  // ------------------------------------------------------------------ simple statements

  @Override
  public StmtNode visitExprStmt(Stmt.ExprStmt s) {
    return new Statements.ExprStmt(s.span(), exprs.rvalue(s.expr()));
  }

  @Override
  public StmtNode visitEmpty(Stmt.Empty s) {
    return new Statements.Empty(s.span());
  }

  @Override
  public StmtNode visitIf(Stmt.If s) {
    return new Statements.If(s.span(), exprs.rvalue(s.cond()), body(s.then()),
        s.otherwise() == null ? null : body(s.otherwise()));
  }

  @Override
  public StmtNode visitWhile(Stmt.While s) {
    return new Statements.Loop(s.span(), null, exprs.rvalue(s.cond()), null, body(s.body()), true);
  }

  @Override
  public StmtNode visitDoWhile(Stmt.DoWhile s) {
    return new Statements.Loop(s.span(), null, exprs.rvalue(s.cond()), null, body(s.body()), false);
  }

  @Override
  public StmtNode visitFor(Stmt.For s) {
    scope.push();
    try {
      StmtNode init = s.init() == null ? null : guarded(s.init());
      ExprNode cond = s.cond() == null ? null : exprs.rvalue(s.cond());
      ExprNode step = s.step() == null ? null : exprs.rvalue(s.step());
      return new Statements.Loop(s.span(), init, cond, step, body(s.body()), true);
    } finally {
      scope.pop();
    }
  }

  @Override
  public StmtNode visitReturn(Stmt.Return s) {
    if (s.value() == null) {
      return new Statements.Return(s.span(), null);
    }
    ExprNode v = exprs.rvalue(s.value());
    return new Statements.Return(s.span(), returns.isVoid() ? v : Typing.convert(v, returns));
  }

  @Override
  public StmtNode visitGoto(Stmt.Goto s) {
    return new Statements.Jump(s.span(), StmtNode.GOTO, s.label());
  }

  @Override
  public StmtNode visitLabeled(Stmt.Labeled s) {
    return new Statements.Labeled(s.span(), s.label(), guarded(s.body()));
  }

  @Override
  public StmtNode visitContinue(Stmt.Continue s) {
    return new Statements.Jump(s.span(), StmtNode.CONTINUE, null);
  }

  @Override
  public StmtNode visitBreak(Stmt.Break s) {
    return new Statements.Jump(s.span(), StmtNode.BREAK, null);
  }

  @Override
  public StmtNode visitAsm(Stmt.Asm s) {
    return new Statements.Empty(s.span());
  }

  @Override
  public StmtNode visitMacroStmt(Stmt.MacroStmt s) {
    throw new CompileError(s.span(), "macro " + s.name() + "(...) was never defined, so it cannot run");
  }

  @Override
  public StmtNode visitCase(Stmt.Case s) {
    throw new CompileError(s.span(), "case label not directly inside a switch body");
  }

  @Override
  public StmtNode visitDefault(Stmt.Default s) {
    throw new CompileError(s.span(), "default label not directly inside a switch body");
  }

  // ------------------------------------------------------------------ switch

  @Override
  public StmtNode visitSwitch(Stmt.Switch s) {
    ExprNode selector = exprs.rvalue(s.selector());
    // Case labels are converted to the promoted type of the selector (C11 6.8.4.2p5).
    Type.IntKind kind = selector.type instanceof Type.Int i ? org.patchreview.c.Conversions.promote(i.kind())
        : Type.IntKind.LONG;
    selector = Typing.convert(selector, Type.Int.of(kind));
    Stmt.Block block = s.body() instanceof Stmt.Block b ? b : new Stmt.Block(s.body().span(), List.of(s.body()));
    List<long[]> ranges = new ArrayList<>();
    List<Integer> targets = new ArrayList<>();
    int defaultTarget = -1;
    List<StmtNode> items = new ArrayList<>();
    Map<String, Integer> labels = new HashMap<>();
    scope.push();
    try {
      for (Stmt item : block.items()) {
        Stmt inner = item;
        while (true) {
          if (inner instanceof Stmt.Case c) {
            long lo = org.patchreview.c.Conversions.normalise(constant(c.value()), kind);
            long hi = c.last() == null ? lo : org.patchreview.c.Conversions.normalise(constant(c.last()), kind);
            ranges.add(new long[] {lo, hi});
            targets.add(items.size());
            inner = c.body();
          } else if (inner instanceof Stmt.Default d) {
            defaultTarget = items.size();
            inner = d.body();
          } else if (inner instanceof Stmt.Labeled l) {
            labels.put(l.label(), items.size());
            inner = l.body();
          } else {
            break;
          }
        }
        items.add(guarded(inner));
      }
    } finally {
      scope.pop();
    }
    long[] lows = new long[ranges.size()];
    long[] highs = new long[ranges.size()];
    int[] t = new int[ranges.size()];
    for (int i = 0; i < lows.length; i++) {
      lows[i] = ranges.get(i)[0];
      highs[i] = ranges.get(i)[1];
      t[i] = targets.get(i);
    }
    Statements.Block body = new Statements.Block(block.span(), items.toArray(new StmtNode[0]), labels);
    return new Statements.Switch(s.span(), selector, body, lows, highs, t, defaultTarget);
  }

  private long constant(Expr e) {
    try {
      return unit.types.constants().evaluate(e);
    } catch (CInputException ex) {
      throw new CompileError(e.span(), "case label is not a constant: " + ex.getMessage());
    }
  }

  static Span spanOf(Stmt s) {
    return s.span();
  }
}
