package org.patchreview.c;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.patchreview.grammar.KernelCParser.*;

/**
 * Turns KernelC parse trees into the AST, once: declarations and type specifiers here, and one builder for each other
 * part of C's syntax beside it ({@link AstDeclarators}, {@link AstExpressions} for statements and expressions,
 * {@link AstInitializers}, {@link AstAttributes}). Declarators are resolved into {@link CType}s (C's inside-out
 * reading), so nothing downstream decodes C syntax again. These five classes are the only ones that read ANTLR
 * parse-tree contexts for C; {@link CParser} runs the parser and hands them the tree.
 */
final class AstBuilder {
  /** Declarations met inside others (struct and enum definitions), emitted before the declaration that holds them. */
  private final List<Decl> side = new ArrayList<>();
  private final AstExpressions expressions = new AstExpressions(this);
  private final AstDeclarators declarators = new AstDeclarators(this);

  /** Builds the declarations of one parsed segment. */
  List<Decl> build(CompilationUnitContext unit) {
    List<Decl> out = new ArrayList<>();
    for (ExternalDeclarationContext ext : unit.externalDeclaration()) {
      List<Decl> decls = external(ext);
      out.addAll(side);
      side.clear();
      out.addAll(decls);
    }
    return out;
  }

  private List<Decl> external(ExternalDeclarationContext ext) {
    if (ext instanceof FunctionDeclContext f) {
      return List.of(function(f.functionDefinition()));
    }
    if (ext instanceof GlobalDeclContext g) {
      return declaration(g.declaration(), false);
    }
    if (ext instanceof TopLevelMacroContext m) {
      return List.of(new Decl.MacroCall(span(m), m.Identifier().getText(), text(m.balanced())));
    }
    return List.of();
  }

  static Span span(ParserRuleContext ctx) {
    return span(ctx.getStart());
  }

  static Span span(Token t) {
    return t instanceof CToken c ? c.span() : new Span("", t.getLine(), t.getCharPositionInLine() + 1);
  }

  static String text(List<? extends ParserRuleContext> parts) {
    StringBuilder sb = new StringBuilder();
    for (ParserRuleContext p : parts) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(p.getText());
    }
    return sb.toString();
  }

  /** The bytes of adjacent string literals, concatenated as C does, escapes decoded. */
  static byte[] stringBytes(List<TerminalNode> literals) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (TerminalNode t : literals) {
      String s = t.getText();
      int open = s.indexOf('"');
      out.writeBytes(Literals.unescape(s.substring(open + 1, s.length() - 1)));
    }
    return out.toByteArray();
  }

  AstExpressions expressions() {
    return expressions;
  }

  /**
   * A typedef (or struct, enum) declared inside a function: emitted at file scope before the function, since
   * translation units resolve types at file scope (block scope for type names is not modelled).
   */
  void hoist(Decl d) {
    side.add(d);
  }

  // ------------------------------------------------------------------ functions and declarations

  private Decl.Function function(FunctionDefinitionContext f) {
    Specifiers spec = specifiers(f.declarationSpecifiers().declarationSpecifier());
    Declared d = declarator(f.declarator(), spec.type());
    List<Attribute> attributes = new ArrayList<>(spec.attributes());
    attributes.addAll(attributes(f.declarator().attributeSpecifier()));
    CType.Function type = d.type() instanceof CType.Function fn ? fn
        : new CType.Function(d.type(), List.of(), false);
    Stmt.Block body = expressions.block(f.compoundStatement());
    return new Decl.Function(span(f), d.name(), type, spec.storage(), spec.inline(), attributes, body,
        span(f.compoundStatement().getStop()));
  }

  /** The declarations one C declaration makes; {@code local} ones become {@link Decl.Var}s only. */
  List<Decl> declaration(DeclarationContext ctx, boolean local) {
    if (ctx.staticAssert() != null) {
      StaticAssertContext sa = ctx.staticAssert();
      String msg = sa.StringLiteral().isEmpty() ? "" : new String(stringBytes(sa.StringLiteral()),
          java.nio.charset.StandardCharsets.UTF_8);
      return List.of(new Decl.StaticAssert(span(sa), expressions.expr(sa.expr()), msg));
    }
    if (ctx.macro != null) {
      // static DEFINE_MUTEX(lock); in unpreprocessed code: a macro that declares.
      return List.of(new Decl.MacroCall(span(ctx), ctx.macro.getText(), text(ctx.balanced())));
    }
    Specifiers spec = specifiers(ctx.declarationSpecifiers().declarationSpecifier());
    List<Decl> out = new ArrayList<>();
    if (ctx.initDeclarator().isEmpty() && spec.stolenName() != null) {
      out.add(make(spec, spec.stolenName(), spec.type(), List.of(), null, span(ctx), local));
      return out;
    }
    for (InitDeclaratorContext id : ctx.initDeclarator()) {
      Declared d = declarator(id.declarator(), spec.type());
      List<Attribute> attributes = new ArrayList<>(spec.attributes());
      attributes.addAll(attributes(id.declarator().attributeSpecifier()));
      attributes.addAll(attributes(id.attributeSpecifier()));
      Initializer init = id.initializer() == null ? null : expressions.initializer(id.initializer());
      out.add(make(spec, d.name(), d.type(), attributes, init, span(id), local));
    }
    return out;
  }

  private Decl make(Specifiers spec, String name, CType type, List<Attribute> attributes, Initializer init,
      Span span, boolean local) {
    if (spec.isTypedef()) {
      return new Decl.Typedef(span, name, type, List.copyOf(attributes));
    }
    if (type instanceof CType.Function fn && !local) {
      return new Decl.Function(span, name, fn, spec.storage(), spec.inline(), attributes, null, span);
    }
    return new Decl.Var(span, name, type, spec.storage(), attributes, init);
  }

  // ------------------------------------------------------------------ specifiers

  /** What a list of declaration specifiers says. */
  record Specifiers(CType type, Decl.Storage storage, boolean isTypedef, boolean inline, List<Attribute> attributes,
      String stolenName) {}

  Specifiers specifiers(List<DeclarationSpecifierContext> list) {
    List<TypeSpecifierContext> types = new ArrayList<>();
    List<AttributeSpecifierContext> attrs = new ArrayList<>();
    List<AttributeSpecifierContext> afterStruct = new ArrayList<>();
    Decl.Storage storage = Decl.Storage.NONE;
    boolean typedef = false;
    boolean inline = false;
    // Loops rather than streams here and below: this runs for every declaration, and in a cold JVM (review parse of
    // a small folder) each stream pipeline is interpreted and then compiled method by method.
    boolean sawStruct = false;
    for (DeclarationSpecifierContext s : list) {
      if (s.attributeSpecifier() != null && sawStruct) {
        afterStruct.add(s.attributeSpecifier());
      }
      if (s.storageClass != null) {
        switch (s.storageClass.getText()) {
          case "typedef" -> typedef = true;
          case "static" -> storage = Decl.Storage.STATIC;
          case "extern" -> storage = Decl.Storage.EXTERN;
          case "register" -> storage = Decl.Storage.REGISTER;
          default -> storage = Decl.Storage.AUTO;
        }
      } else if (s.typeSpecifier() != null) {
        types.add(s.typeSpecifier());
        sawStruct |= s.typeSpecifier() instanceof StructTypeContext;
      } else if (s.functionSpecifier() != null) {
        inline |= s.functionSpecifier().getText().contains("inline");
      } else if (s.attributeSpecifier() != null) {
        attrs.add(s.attributeSpecifier());
      }
    }
    boolean defines = false;
    for (TypeSpecifierContext t : types) {
      defines |= t instanceof StructTypeContext st && hasBody(st.structOrUnionSpecifier());
    }
    String stolen = stealName(types);
    CType base = baseType(types);
    attachToStruct(base, afterStruct);
    return new Specifiers(base, storage, typedef, inline, declarationAttributes(attrs, afterStruct, defines), stolen);
  }

  /**
   * The attributes that belong to the declared names: {@code packed} and {@code aligned} after a struct's closing
   * brace belong to the struct type only, so that {@code typedef struct { ... } __aligned(2) t;} does not also
   * give the typedef (which could lower the alignment) an attribute of its own.
   */
  private List<Attribute> declarationAttributes(List<AttributeSpecifierContext> all,
      List<AttributeSpecifierContext> afterStruct, boolean defines) {
    List<Attribute> out = new ArrayList<>(attributes(without(all, afterStruct)));
    for (Attribute a : attributes(afterStruct)) {
      if (!defines || !(a.name().equals("packed") || a.name().equals("aligned"))) {
        out.add(a);
      }
    }
    return out;
  }

  /** The attribute specifiers of {@code all} that are not in {@code taken}, in order. */
  private static List<AttributeSpecifierContext> without(List<AttributeSpecifierContext> all,
      List<AttributeSpecifierContext> taken) {
    if (taken.isEmpty()) {
      return all;
    }
    List<AttributeSpecifierContext> out = new ArrayList<>(all.size());
    for (AttributeSpecifierContext a : all) {
      if (!taken.contains(a)) {
        out.add(a);
      }
    }
    return out;
  }

  private static boolean hasBody(StructOrUnionSpecifierContext s) {
    return s.getChild(s.getChildCount() - 1).getText().equals("}");
  }

  /**
   * Attributes written after a struct's closing brace ({@code struct s { ... } __packed;}, where the kernel writes
   * them) belong to the struct type: add them to its definition.
   */
  private void attachToStruct(CType type, List<AttributeSpecifierContext> trailing) {
    if (trailing.isEmpty() || !(type instanceof CType.Tagged t)) {
      return;
    }
    List<Attribute> extra = new ArrayList<>();
    for (Attribute a : attributes(trailing)) {
      if (a.name().equals("packed") || a.name().equals("aligned")) {
        extra.add(a);
      }
    }
    if (extra.isEmpty()) {
      return;
    }
    for (int i = side.size() - 1; i >= 0; i--) {
      if (side.get(i) instanceof Decl.Struct d && d.tag().equals(t.tag())) {
        List<Attribute> all = new ArrayList<>(d.attributes());
        all.addAll(extra);
        side.set(i, new Decl.Struct(d.span(), d.union(), d.tag(), d.members(), List.copyOf(all), d.end()));
        return;
      }
    }
  }

  /**
   * In {@code phandle phandle;} both words reach the parser as type names; the second is the declared name. Removes
   * and returns it when the list holds a complete type followed by a typedef name.
   */
  private static String stealName(List<TypeSpecifierContext> types) {
    if (types.size() < 2 || !(types.get(types.size() - 1) instanceof TypedefTypeContext last)) {
      return null;
    }
    types.remove(types.size() - 1);
    return last.getText();
  }

  CType specifierQualifiers(SpecifierQualifierListContext ctx) {
    List<TypeSpecifierContext> types = new ArrayList<>(ctx.typeSpecifier());
    CType base = baseType(types);
    attachToStruct(base, trailingAttributes(ctx));
    return base;
  }

  /**
   * The attributes of a specifier list that come after a struct or union definition in it; after a mere reference
   * ({@code struct foo __aligned(8) m;}) they belong to the declaration, as in GCC.
   */
  private static List<AttributeSpecifierContext> trailingAttributes(SpecifierQualifierListContext ctx) {
    List<AttributeSpecifierContext> out = new ArrayList<>();
    boolean seen = false;
    for (int i = 0; i < ctx.getChildCount(); i++) {
      if (ctx.getChild(i) instanceof StructTypeContext st && hasBody(st.structOrUnionSpecifier())) {
        seen = true;
      } else if (seen && ctx.getChild(i) instanceof AttributeSpecifierContext a) {
        out.add(a);
      }
    }
    return out;
  }

  private CType baseType(List<TypeSpecifierContext> types) {
    int longs = 0;
    boolean unsigned = false;
    boolean signed = false;
    String base = null;
    for (TypeSpecifierContext t : types) {
      if (t instanceof StructTypeContext s) {
        return struct(s.structOrUnionSpecifier());
      }
      if (t instanceof EnumTypeContext e) {
        return enumType(e.enumSpecifier());
      }
      if (t instanceof TypedefTypeContext n) {
        return new CType.Named(n.getText());
      }
      if (t instanceof TypeofTypeContext o) {
        return o.typeName() != null ? typeName(o.typeName()) : new CType.TypeOfExpr(expressions.expr(o.expr()));
      }
      String word = t.getText();
      switch (word) {
        case "long" -> longs++;
        case "unsigned" -> unsigned = true;
        case "signed", "__signed__" -> signed = true;
        case "int" -> base = base == null ? word : base;
        default -> base = word;
      }
    }
    return new CType.Basic(combine(base, longs, unsigned, signed));
  }

  private static CType.Base combine(String base, int longs, boolean unsigned, boolean signed) {
    if (base == null) {
      base = "int";
    }
    return switch (base) {
      case "void" -> CType.Base.VOID;
      case "_Bool" -> CType.Base.BOOL;
      case "char" -> unsigned ? CType.Base.UCHAR : signed ? CType.Base.SCHAR : CType.Base.CHAR;
      case "short" -> unsigned ? CType.Base.USHORT : CType.Base.SHORT;
      case "float" -> CType.Base.FLOAT;
      case "double" -> longs > 0 ? CType.Base.LDOUBLE : CType.Base.DOUBLE;
      default -> longs >= 2 ? (unsigned ? CType.Base.ULLONG : CType.Base.LLONG)
          : longs == 1 ? (unsigned ? CType.Base.ULONG : CType.Base.LONG)
          : unsigned ? CType.Base.UINT : CType.Base.INT;
    };
  }

  private CType struct(StructOrUnionSpecifierContext s) {
    boolean union = s.kind.getText().equals("union");
    String tag = s.tag != null ? s.tag.getText() : "(anonymous " + s.kind.getText() + " at " + span(s) + ")";
    if (hasBody(s)) {
      List<Decl.Member> members = new ArrayList<>();
      for (MemberDeclarationContext m : s.memberDeclaration()) {
        members.addAll(members(m));
      }
      side.add(new Decl.Struct(span(s), union, tag, members, attributes(s.attributeSpecifier()), span(s.getStop())));
    }
    return new CType.Tagged(union, tag);
  }

  private List<Decl.Member> members(MemberDeclarationContext m) {
    if (m.macro != null) {
      return List.of(new Decl.Member(span(m), "", new CType.Macro(m.macro.getText(), text(m.balanced())), null,
          List.of()));
    }
    if (m.specifierQualifierList() == null) {
      return List.of();
    }
    List<TypeSpecifierContext> types = new ArrayList<>(m.specifierQualifierList().typeSpecifier());
    String stolen = m.memberDeclarator().isEmpty() ? stealName(types) : null;
    CType base = baseType(types);
    // Attributes after a struct's closing brace belong to that struct type, not to the member (GCC): an
    // aligned type inside a packed struct is still packed there.
    List<AttributeSpecifierContext> trailing = trailingAttributes(m.specifierQualifierList());
    if (m.memberDeclarator().isEmpty()) {
      trailing.addAll(m.attributeSpecifier());
    }
    attachToStruct(base, trailing);
    List<Attribute> attrs = new ArrayList<>(attributes(without(m.specifierQualifierList().attributeSpecifier(),
        trailing)));
    if (!m.memberDeclarator().isEmpty()) {
      attrs.addAll(attributes(m.attributeSpecifier()));
    }
    if (m.memberDeclarator().isEmpty()) {
      return List.of(new Decl.Member(span(m), stolen == null ? "" : stolen, base, null, attrs));
    }
    List<Decl.Member> out = new ArrayList<>();
    for (MemberDeclaratorContext md : m.memberDeclarator()) {
      Expr width = md.width == null ? null : expressions.expr(md.width);
      if (md.declarator() == null) {
        out.add(new Decl.Member(span(md), "", base, width, attrs));
      } else {
        Declared d = declarator(md.declarator(), base);
        List<Attribute> a = new ArrayList<>(attrs);
        a.addAll(attributes(md.declarator().attributeSpecifier()));
        out.add(new Decl.Member(span(md), d.name(), d.type(), width, a));
      }
    }
    return out;
  }

  private CType enumType(EnumSpecifierContext e) {
    String tag = e.tag != null ? e.tag.getText() : "(anonymous enum at " + span(e) + ")";
    if (!e.enumerator().isEmpty()) {
      List<Decl.Enumerator> values = new ArrayList<>();
      for (EnumeratorContext en : e.enumerator()) {
        values.add(new Decl.Enumerator(span(en), en.Identifier().getText(),
            en.value == null ? null : expressions.expr(en.value)));
      }
      side.add(new Decl.Enum(span(e), tag, values));
    }
    return new CType.EnumRef(tag);
  }

  // ------------------------------------------------------------------ declarators

  /** A declarator's name (empty for abstract ones) and the type it gives. */
  record Declared(String name, CType type) {}

  Declared declarator(DeclaratorContext d, CType base) {
    return declarators.declarator(d, base);
  }

  CType typeName(TypeNameContext ctx) {
    return declarators.typeName(ctx);
  }

  List<Attribute> attributes(List<AttributeSpecifierContext> list) {
    return AstAttributes.of(list, expressions);
  }
}
