package org.patchreview.c;

import java.util.List;

/**
 * A C type as written in the source. Typedef names, struct tags and {@code typeof} stay symbolic here; a
 * {@link TypeResolver} turns them into a semantic {@link Type} within a translation unit's scope.
 */
public sealed interface CType {

  <R> R accept(Visitor<R> v);

  /** The integer and floating base types. */
  enum Base {
    VOID, BOOL, CHAR, SCHAR, UCHAR, SHORT, USHORT, INT, UINT, LONG, ULONG, LLONG, ULLONG, FLOAT, DOUBLE, LDOUBLE
  }

  /** One of the built-in types. */
  record Basic(Base base) implements CType {
    public <R> R accept(Visitor<R> v) {
      return v.visitBasic(this);
    }
  }

  /** A name declared by {@code typedef}. */
  record Named(String name) implements CType {
    public <R> R accept(Visitor<R> v) {
      return v.visitNamed(this);
    }
  }

  /** {@code struct tag} or {@code union tag}; anonymous ones get a tag made from their position. */
  record Tagged(boolean union, String tag) implements CType {
    public <R> R accept(Visitor<R> v) {
      return v.visitTagged(this);
    }
  }

  /** {@code enum tag}: an {@code int} on the ARM EABI as the kernel builds it. */
  record EnumRef(String tag) implements CType {
    public <R> R accept(Visitor<R> v) {
      return v.visitEnum(this);
    }
  }

  /**
   * A pointer; {@code attributes} are those written after its {@code *} ({@code void * __aligned(8) p}), which
   * GCC applies to the pointer type itself.
   */
  record Pointer(CType target, List<Attribute> attributes) implements CType {
    public Pointer(CType target) {
      this(target, List.of());
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitPointer(this);
    }
  }

  /** An array; {@code length} is null when the size is left out ({@code int a[]}). */
  record Array(CType element, Expr length) implements CType {
    public <R> R accept(Visitor<R> v) {
      return v.visitArray(this);
    }
  }

  /** A function type; parameter names are kept for reports and for definitions. */
  record Function(CType returns, List<Param> params, boolean variadic) implements CType {
    public <R> R accept(Visitor<R> v) {
      return v.visitFunction(this);
    }
  }

  /** {@code typeof(expr)}. */
  record TypeOfExpr(Expr expr) implements CType {
    public <R> R accept(Visitor<R> v) {
      return v.visitTypeOfExpr(this);
    }
  }

  /** A type written as an unexpanded macro call in unpreprocessed code ({@code DECLARE_BITMAP(map, 64);}). */
  record Macro(String name, String arguments) implements CType {
    public <R> R accept(Visitor<R> v) {
      return v.visitMacro(this);
    }
  }

  /** One parameter of a function type; the name is empty when the prototype gives none. */
  record Param(String name, CType type) {}

  /** Double dispatch over C types. */
  interface Visitor<R> {
    R visitBasic(Basic t);

    R visitNamed(Named t);

    R visitTagged(Tagged t);

    R visitEnum(EnumRef t);

    R visitPointer(Pointer t);

    R visitArray(Array t);

    R visitFunction(Function t);

    R visitTypeOfExpr(TypeOfExpr t);

    R visitMacro(Macro t);
  }

  /** The type as C would spell it around a declarator name (empty for abstract types). */
  static String spell(CType type, String name) {
    return CTypeSpeller.spell(type, name);
  }
}
