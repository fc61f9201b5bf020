package org.patchreview.interp;

import org.patchreview.c.Decl;
import org.patchreview.c.Type;

/** A global (or function-static) variable with its address in the program image. */
public final class GlobalSymbol {
  final String name;
  final Unit unit;
  final Decl.Var decl;
  final Type type;
  final boolean isStatic;
  final long address;

  GlobalSymbol(String name, Unit unit, Decl.Var decl, Type type, boolean isStatic, long address) {
    this.name = name;
    this.unit = unit;
    this.decl = decl;
    this.type = type;
    this.isStatic = isStatic;
    this.address = address;
  }

  public String name() {
    return name;
  }

  public Type type() {
    return type;
  }

  public long address() {
    return address;
  }

  public Decl.Var decl() {
    return decl;
  }

  /** The file that defines it. */
  public String file() {
    return unit.path;
  }
}
