package org.patchreview.interp;

import org.patchreview.c.CInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.patchreview.c.Conversions;
import org.patchreview.c.Expr;
import org.patchreview.c.ExprPrinter;
import org.patchreview.c.StructLayout;
import org.patchreview.c.Type;

/**
 * Lowers expressions to nodes with their C types: integer promotions and the usual arithmetic conversions, pointer
 * arithmetic scaled by the pointed-to size, arrays and functions decaying to pointers, conversions on assignment.
 */
final class ExprCompiler implements Expr.Visitor<ExprNode> {
  static final Type SIZE_T = new Type.Int(Type.IntKind.UINT, "size_t");
  private static final Type INT = Type.Int.INT;

  private final Program program;
  private final Unit unit;
  private final Scope scope;
  private StmtCompiler statements;

  ExprCompiler(Program program, Unit unit, Scope scope) {
    this.program = program;
    this.unit = unit;
    this.scope = scope;
  }

  void setStatements(StmtCompiler statements) {
    this.statements = statements;
  }

  Unit unit() {
    return unit;
  }

  Type resolve(org.patchreview.c.CType t, Expr at) {
    try {
      unit.types.constants().setTyper(e -> compile(e).type);
      return unit.types.resolve(t);
    } catch (CInputException e) {
      throw new CompileError(at == null ? null : at.span(), e.getMessage());
    }
  }

  ExprNode compile(Expr e) {
    if (depth >= StmtCompiler.MAX_EXPRESSION_NESTING) {
      throw new CompileError(e.span(), "expression nested more than " + StmtCompiler.MAX_EXPRESSION_NESTING
          + " levels deep; review does not run it");
    }
    depth++;
    try {
      return e.accept(this);
    } finally {
      depth--;
    }
  }

  /** How deep {@link #compile} has got: an expression nested too deeply is refused, not a stack overflow. */
  private int depth;

  /** Compiles and applies lvalue conversion: arrays and functions decay to pointers. */
  ExprNode rvalue(Expr e) {
    return Typing.decay(compile(e));
  }

  private LvalueNode lvalue(Expr e) {
    ExprNode n = compile(e);
    if (n instanceof LvalueNode lv) {
      return lv;
    }
    throw new CompileError(e.span(), "not an object that can be assigned or addressed: " + n.expression());
  }

  // ------------------------------------------------------------------ leaves

  @Override
  public ExprNode visitIntLit(Expr.IntLit e) {
    return new Values.Const(resolve(new org.patchreview.c.CType.Basic(e.type()), e), e.value(), e);
  }

  @Override
  public ExprNode visitFloatLit(Expr.FloatLit e) {
    throw new CompileError(e.span(), "floating point is not modelled (the kernel does not use it): " + e.text());
  }

  @Override
  public ExprNode visitStringLit(Expr.StringLit e) {
    long address = program.string(e.bytes());
    return new Lvalues.Global(new Type.Array(Type.Int.CHAR, e.bytes().length + 1), address, e);
  }

  @Override
  public ExprNode visitIdent(Expr.Ident e) {
    String name = e.name();
    Scope.Local local = scope == null ? null : scope.lookup(name);
    if (local != null) {
      if (local.offset() < 0) {
        GlobalSymbol g = scope.staticNamed(name);
        return new Lvalues.Global(g.type, g.address, e);
      }
      return new Lvalues.Local(local.type(), local.offset(), e);
    }
    if (name.equals("__func__") && scope != null) {
      return visitStringLit(new Expr.StringLit(e.span(), scope.function.name.getBytes(), "__func__"));
    }
    GlobalSymbol g = program.global(unit, name);
    if (g != null) {
      return new Lvalues.Global(g.type, g.address, e);
    }
    FunctionSymbol fn = program.function(unit, name);
    if (fn != null) {
      return new Values.Const(fn.type, fn.address, e);
    }
    OptionalLong constant = unit.types.enumConstant(name);
    if (constant.isPresent()) {
      Type.IntKind k = org.patchreview.c.ConstEvaluator.enumeratorKind(constant.getAsLong());
      return new Values.Const(Type.Int.of(k), Conversions.normalise(constant.getAsLong(), k), e);
    }
    throw new CompileError(e.span(), "'" + name + "' is not declared");
  }

  // ------------------------------------------------------------------ operators

  @Override
  public ExprNode visitUnary(Expr.Unary e) {
    switch (e.op()) {
      case ADDR -> {
        ExprNode n = compile(e.operand());
        if (n.type instanceof Type.Function && n instanceof Values.Const c) {
          return new Values.Const(new Type.Pointer(n.type), c.value, e);
        }
        if (n instanceof Lvalues.Bitfield) {
          throw new CompileError(e.span(), "cannot take the address of bitfield " + n.expression());
        }
        if (!(n instanceof LvalueNode lv)) {
          throw new CompileError(e.span(), "cannot take the address of " + n.expression());
        }
        return new Values.AddressOf(new Type.Pointer(n.type), lv, e);
      }
      case DEREF -> {
        ExprNode p = rvalue(e.operand());
        if (!(p.type instanceof Type.Pointer ptr)) {
          throw new CompileError(e.span(), "cannot dereference " + p.type.spell() + " in " + ExprPrinter.print(e));
        }
        if (ptr.target() instanceof Type.Function) {
          return p;
        }
        return new Lvalues.Deref(ptr.target(), p, e);
      }
      case NOT -> {
        return new Operators.Not(INT, rvalue(e.operand()), e);
      }
      case NEG, PLUS, BITNOT -> {
        ExprNode n = rvalue(e.operand());
        Type t = Type.Int.of(Conversions.promote(Typing.kindOf(n)));
        return new Operators.UnaryArith(t, e.op(), Typing.convert(n, t), e);
      }
      default -> {
        return incDec(e);
      }
    }
  }

  private ExprNode incDec(Expr.Unary e) {
    return OperatorTyping.incDec(e, lvalue(e.operand()));
  }

  @Override
  public ExprNode visitBinary(Expr.Binary e) {
    if (e.op() == Expr.BinaryOp.LAND || e.op() == Expr.BinaryOp.LOR) {
      return new Operators.Logical(INT, e.op() == Expr.BinaryOp.LAND, rvalue(e.left()), rvalue(e.right()), e);
    }
    return OperatorTyping.binary(e, rvalue(e.left()), rvalue(e.right()));
  }

  @Override
  public ExprNode visitAssign(Expr.Assign e) {
    return OperatorTyping.assign(e, lvalue(e.target()), rvalue(e.value()));
  }

  @Override
  public ExprNode visitConditional(Expr.Conditional e) {
    ExprNode c = rvalue(e.cond());
    ExprNode a = e.then() == null ? null : rvalue(e.then());
    ExprNode b = rvalue(e.otherwise());
    Type t = Typing.conditionalType(a == null ? c : a, b);
    return new Values.Conditional(t, c, a == null ? null : Typing.convert(a, t), Typing.convert(b, t), e);
  }

  @Override
  public ExprNode visitCall(Expr.Call e) {
    FunctionSymbol direct = null;
    ExprNode callee = null;
    Type.Function fnType;
    if (e.function() instanceof Expr.Ident id && (scope == null || scope.lookup(id.name()) == null)
        && program.global(unit, id.name()) == null && program.function(unit, id.name()) != null) {
      direct = program.function(unit, id.name());
      fnType = direct.type;
    } else {
      callee = rvalue(e.function());
      if (callee.type instanceof Type.Pointer p && p.target() instanceof Type.Function f) {
        fnType = f;
      } else if (callee.type instanceof Type.Function f) {
        fnType = f;
      } else {
        throw new CompileError(e.span(), "called object " + ExprPrinter.print(e.function()) + " is not a function");
      }
    }
    List<ExprNode> args = new ArrayList<>();
    for (int i = 0; i < e.args().size(); i++) {
      ExprNode a = rvalue(e.args().get(i));
      if (i < fnType.params().size()) {
        a = Typing.convert(a, fnType.params().get(i));
      } else if (a.type instanceof Type.Int ai) {
        a = Typing.convert(a, Type.Int.of(Conversions.promote(ai.kind())));
      }
      args.add(a);
    }
    if (args.size() < fnType.params().size()) {
      throw new CompileError(e.span(), "too few arguments to " + ExprPrinter.print(e.function()) + ": "
          + args.size() + " given, " + fnType.params().size() + " expected");
    }
    return new Calls.Call(fnType.returns(), direct, callee, args.toArray(new ExprNode[0]), e);
  }

  @Override
  public ExprNode visitMember(Expr.Member e) {
    LvalueNode base;
    ExprNode object;
    Type structType;
    if (e.arrow()) {
      ExprNode p = rvalue(e.object());
      if (!(p.type instanceof Type.Pointer ptr) || !(ptr.target() instanceof Type.Struct)) {
        throw new CompileError(e.span(), "'->" + e.name() + "' applied to " + p.type.spell());
      }
      structType = ptr.target();
      base = new Lvalues.Deref(structType, p, e.object());
      object = base;
    } else {
      object = compile(e.object());
      structType = object.type;
      base = object instanceof LvalueNode lv ? lv : null;
    }
    if (!(structType instanceof Type.Struct s)) {
      throw new CompileError(e.span(), "'." + e.name() + "' applied to " + structType.spell());
    }
    StructLayout.Field f;
    try {
      f = s.layout().find(e.name()).orElseThrow(() -> new CompileError(e.span(), s.spell() + " has no member named '"
          + e.name() + "'"));
    } catch (Type.IncompleteTypeException ex) {
      throw new CompileError(e.span(), ex.getMessage() + " (member " + e.name() + ")");
    }
    if (f.isBitfield()) {
      if (base == null) {
        throw new CompileError(e.span(), "bitfield of a struct value");
      }
      int shift = f.bitOffset() - f.offset() * 8;
      // A packed bitfield may run past its declared type's unit: read every byte it spans.
      int unitSize = Math.max(f.type().size(), (shift + f.bitWidth() + 7) / 8);
      return new Lvalues.Bitfield(f.type(), base, f.offset(), unitSize, shift, f.bitWidth(), e);
    }
    if (base == null) {
      return new Lvalues.ValueMember(f.type(), object, f.offset(), e);
    }
    return new Lvalues.Member(f.type(), base, f.offset(), e);
  }

  @Override
  public ExprNode visitIndex(Expr.Index e) {
    ExprNode a = rvalue(e.array());
    ExprNode i = rvalue(e.index());
    if (i.type instanceof Type.Pointer && a.type instanceof Type.Int) {
      ExprNode t = a;
      a = i;
      i = t;
    }
    if (!(a.type instanceof Type.Pointer p)) {
      throw new CompileError(e.span(), "subscripted value is " + a.type.spell() + ", not an array or pointer");
    }
    Typing.kindOf(i);
    return new Lvalues.Index(p.target(), a, i, (int) Typing.elementSize(p, e), e);
  }

  @Override
  public ExprNode visitCast(Expr.Cast e) {
    Type to = resolve(e.type(), e);
    ExprNode n = rvalue(e.operand());
    if (to instanceof Type.Struct) {
      throw new CompileError(e.span(), "cast to a struct type");
    }
    if (to.isVoid()) {
      return new Values.Discard(n, e);
    }
    ExprNode c = Typing.convert(n, to);
    return c == n ? new Values.Convert(to, n, e) : c;
  }

  @Override
  public ExprNode visitSizeofType(Expr.SizeofType e) {
    Type t = resolve(e.type(), e);
    return new Values.Const(SIZE_T, sizeOf(t, e), e);
  }

  private static long sizeOf(Type t, Expr at) {
    try {
      return t.size();
    } catch (Type.IncompleteTypeException ex) {
      throw new CompileError(at.span(), ex.getMessage());
    }
  }

  @Override
  public ExprNode visitSizeofExpr(Expr.SizeofExpr e) {
    return new Values.Const(SIZE_T, sizeOf(compile(e.operand()).type, e), e);
  }

  @Override
  public ExprNode visitAlignofType(Expr.AlignofType e) {
    resolve(e.type(), e);
    return new Values.Const(SIZE_T, unit.types.alignment(e.type()), e);
  }

  @Override
  public ExprNode visitComma(Expr.Comma e) {
    ExprNode[] items = new ExprNode[e.exprs().size()];
    for (int i = 0; i < items.length; i++) {
      items[i] = rvalue(e.exprs().get(i));
    }
    return new Values.Comma(items[items.length - 1].type, items, e);
  }

  @Override
  public ExprNode visitCompoundLiteral(Expr.CompoundLiteral e) {
    if (statements == null) {
      throw new CompileError(e.span(), "compound literal outside a function");
    }
    Type t = resolve(e.type(), e);
    return statements.compoundLiteral(t, e);
  }

  @Override
  public ExprNode visitStatementExpr(Expr.StatementExpr e) {
    if (statements == null) {
      throw new CompileError(e.span(), "statement expression outside a function");
    }
    return statements.statementExpression(e);
  }

  @Override
  public ExprNode visitTypeArg(Expr.TypeArg e) {
    throw new CompileError(e.span(), "a type as an argument of an unexpanded macro cannot be executed");
  }

  @Override
  public ExprNode visitMacroString(Expr.MacroString e) {
    throw new CompileError(e.span(), "a string with unexpanded macros cannot be executed");
  }

  @Override
  public ExprNode visitOffsetof(Expr.Offsetof e) {
    try {
      return new Values.Const(SIZE_T, unit.types.constants().evaluate(e), e);
    } catch (CInputException ex) {
      throw new CompileError(e.span(), ex.getMessage());
    }
  }
}
