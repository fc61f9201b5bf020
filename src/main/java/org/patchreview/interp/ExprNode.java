package org.patchreview.interp;

import org.patchreview.c.Conversions;
import org.patchreview.c.Expr;
import org.patchreview.c.ExprPrinter;
import org.patchreview.c.Span;
import org.patchreview.c.Type;

/**
 * An expression lowered for execution, with its static type. {@link #eval} yields the value as a {@code long}
 * normalised to the type (see {@link Conversions#normalise}); values of struct, array and function type are their
 * addresses.
 */
abstract class ExprNode implements Site {
  final Type type;
  final Expr source;
  private String text;

  ExprNode(Type type, Expr source) {
    this.type = type;
    this.source = source;
  }

  abstract long eval(Frame f);

  @Override
  public Span span() {
    return source == null ? Span.NONE : source.span();
  }

  @Override
  public String expression() {
    if (text == null) {
      text = source == null ? "" : ExprPrinter.print(source);
    }
    return text;
  }

  /** Whether the value is known without running anything (for constant folding). */
  boolean isConstant() {
    return false;
  }

  /** Loads a value of {@code type} from memory; aggregates are returned as their address. */
  static long load(Memory m, long addr, Type type, Site site) {
    if (type instanceof Type.Int i) {
      return Conversions.normalise(m.load(addr, i.kind().size, site), i.kind());
    }
    if (type instanceof Type.Pointer) {
      return m.load(addr, 4, site);
    }
    if (type instanceof Type.Float fl) {
      return m.load(addr, fl.size(), site);
    }
    return addr;
  }

  /** Stores a value of {@code type}; for a struct, {@code value} is the address of the bytes to copy. */
  static void store(Memory m, long addr, Type type, long value, Site site) {
    if (type instanceof Type.Int i) {
      m.store(addr, i.kind().size, value, site);
    } else if (type instanceof Type.Pointer) {
      m.store(addr, 4, value, site);
    } else if (type instanceof Type.Float fl) {
      m.store(addr, fl.size(), value, site);
    } else if (type instanceof Type.Struct || type instanceof Type.Array) {
      m.copy(addr, value, type.size(), site);
    }
  }
}
