package org.patchreview.interp;

import org.patchreview.c.Decl;
import org.patchreview.c.Type;

/** A function of the program: defined in C, or a kernel primitive implemented in Java, with its code address. */
public final class FunctionSymbol {
  final int id;
  final String name;
  final String file;
  final Decl.Function decl;
  final Type.Function type;
  final boolean isStatic;
  final long address;
  final Primitive primitive;
  final Unit unit;
  volatile CompiledFunction compiled;

  FunctionSymbol(int id, String name, String file, Decl.Function decl, Type.Function type, boolean isStatic,
      long address, Primitive primitive, Unit unit) {
    this.id = id;
    this.name = name;
    this.file = file;
    this.decl = decl;
    this.type = type;
    this.isStatic = isStatic;
    this.address = address;
    this.primitive = primitive;
    this.unit = unit;
  }

  /** A small dense number, for per-run tables indexed by function. */
  public int id() {
    return id;
  }

  public String name() {
    return name;
  }

  /** The file that defines the function; empty for primitives and undefined functions. */
  public String file() {
    return file;
  }

  public boolean isStatic() {
    return isStatic;
  }

  public boolean isPrimitive() {
    return primitive != null;
  }

  public boolean isDefined() {
    return decl != null && decl.body() != null;
  }

  public Type.Function type() {
    return type;
  }

  public long address() {
    return address;
  }

  /** The parameter names as declared (empty strings where a prototype gives none). */
  public java.util.List<String> parameterNames() {
    return decl == null ? java.util.List.of() : decl.type().params().stream().map(p -> p.name()).toList();
  }

  @Override
  public String toString() {
    return name;
  }
}
