package org.patchreview.interp;

import org.patchreview.c.Conversions;
import org.patchreview.c.Expr;
import org.patchreview.c.Type;

/** C's typing rules the compiler applies to nodes: decay, conversion on assignment, operand and element types. */
final class Typing {
  private Typing() {}

  /** Lvalue conversion: arrays and functions decay to pointers. */
  static ExprNode decay(ExprNode n) {
    // A bitfield narrower than int is read as an int (C11 6.3.1.1p2), whatever its declared type.
    if (n instanceof Lvalues.Bitfield b && b.width() < 32) {
      return new Values.Convert(Type.Int.INT, n, n.source);
    }
    if (n.type instanceof Type.Array a && n instanceof LvalueNode lv) {
      return new Values.AddressOf(new Type.Pointer(a.element()), lv, n.source);
    }
    if (n.type instanceof Type.Function && n instanceof Values.Const c) {
      return new Values.Const(new Type.Pointer(n.type), c.value, n.source);
    }
    return n;
  }

  /** The value converted to {@code to} as assignment does. */
  static ExprNode convert(ExprNode n, Type to) {
    if (to.isVoid()) {
      return new Values.Discard(n, n.source);
    }
    if (to.equals(n.type) || to instanceof Type.Struct || to instanceof Type.Array) {
      return n;
    }
    if (n instanceof Values.Const c && to instanceof Type.Int i) {
      return new Values.Const(to, Conversions.normalise(c.value, i.kind()), n.source);
    }
    if (n instanceof Values.Const c && to instanceof Type.Pointer && !(n.type instanceof Type.Pointer)) {
      return new Values.Const(to, c.value & 0xFFFFFFFFL, n.source);
    }
    return new Values.Convert(to, n, n.source);
  }

  static Type.IntKind kindOf(ExprNode n) {
    if (n.type instanceof Type.Int i) {
      return i.kind();
    }
    throw new CompileError(n.span(), "expected an integer, found " + n.type.spell() + " in " + n.expression());
  }

  static boolean isNullConstant(ExprNode n) {
    return n instanceof Values.Const c && c.value == 0 && (n.type instanceof Type.Int
        || n.type instanceof Type.Pointer p && p.target().isVoid());
  }

  static long elementSize(Type.Pointer p, Expr at) {
    Type t = p.target();
    if (t.isVoid() || t instanceof Type.Function) {
      return 1;
    }
    try {
      return t.size();
    } catch (Type.IncompleteTypeException ex) {
      throw new CompileError(at.span(), "arithmetic on a pointer to " + t.spell() + ", whose size is unknown");
    }
  }

  static Type conditionalType(ExprNode a, ExprNode b) {
    if (a.type instanceof Type.Int ai && b.type instanceof Type.Int bi) {
      return Type.Int.of(Conversions.common(ai.kind(), bi.kind()));
    }
    if (a.type instanceof Type.Pointer pa && (b.type instanceof Type.Pointer || isNullConstant(b))) {
      return pa.target().isVoid() && b.type instanceof Type.Pointer ? b.type : a.type;
    }
    if (b.type instanceof Type.Pointer && isNullConstant(a)) {
      return b.type;
    }
    return a.type.isVoid() ? a.type : b.type.isVoid() ? b.type : a.type;
  }

}
