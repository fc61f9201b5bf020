package org.patchreview.c;

import java.util.List;
import java.util.Optional;

/** A declaration at file scope (or, for {@link Var}, also inside a block). */
public sealed interface Decl {

  Span span();

  <R> R accept(Visitor<R> v);

  /** Storage class as written. */
  enum Storage {
    NONE, STATIC, EXTERN, AUTO, REGISTER
  }

  /** A function definition (with a body) or prototype (body null). */
  record Function(Span span, String name, CType.Function type, Storage storage, boolean inline,
      List<Attribute> attributes, Stmt.Block body, Span end) implements Decl {
    public <R> R accept(Visitor<R> v) {
      return v.visitFunction(this);
    }

    public boolean isDefinition() {
      return body != null;
    }
  }

  /** A variable; {@code init} is null without an initialiser. */
  record Var(Span span, String name, CType type, Storage storage, List<Attribute> attributes, Initializer init)
      implements Decl {
    public <R> R accept(Visitor<R> v) {
      return v.visitVar(this);
    }

    /** The linker section named by {@code __attribute__((section("...")))}, if any. */
    public Optional<String> section() {
      return Attribute.section(attributes);
    }
  }

  /** A typedef; its attributes matter for layout ({@code aligned} on a typedef sets its objects' alignment). */
  record Typedef(Span span, String name, CType type, List<Attribute> attributes) implements Decl {
    public <R> R accept(Visitor<R> v) {
      return v.visitTypedef(this);
    }
  }

  /** A struct or union definition with its members in order; {@code end} is the span of the closing brace. */
  record Struct(Span span, boolean union, String tag, List<Member> members, List<Attribute> attributes, Span end)
      implements Decl {
    public <R> R accept(Visitor<R> v) {
      return v.visitStruct(this);
    }

    public boolean packed() {
      return Attribute.has(attributes, "packed");
    }
  }

  /** A member; {@code name} is empty for an unnamed bitfield or an anonymous struct/union, {@code bitWidth} null unless a bitfield. */
  record Member(Span span, String name, CType type, Expr bitWidth, List<Attribute> attributes) {}

  record Enum(Span span, String tag, List<Enumerator> enumerators) implements Decl {
    public <R> R accept(Visitor<R> v) {
      return v.visitEnum(this);
    }
  }

  /** {@code value} is null when the enumerator takes the previous value plus one. */
  record Enumerator(Span span, String name, Expr value) {}

  /** A macro call standing alone at file scope ({@code EXPORT_SYMBOL(x);}) in unpreprocessed code. */
  record MacroCall(Span span, String name, String arguments) implements Decl {
    public <R> R accept(Visitor<R> v) {
      return v.visitMacroCall(this);
    }
  }

  record StaticAssert(Span span, Expr condition, String message) implements Decl {
    public <R> R accept(Visitor<R> v) {
      return v.visitStaticAssert(this);
    }
  }

  /** Double dispatch over declarations. */
  interface Visitor<R> {
    R visitFunction(Function d);

    R visitVar(Var d);

    R visitTypedef(Typedef d);

    R visitStruct(Struct d);

    R visitEnum(Enum d);

    R visitMacroCall(MacroCall d);

    R visitStaticAssert(StaticAssert d);
  }
}
