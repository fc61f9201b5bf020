package org.patchreview.c;

import java.util.ArrayList;
import java.util.List;
import org.patchreview.grammar.KernelCParser.*;

/**
 * Builds declarators for {@link AstBuilder}: C's inside-out reading of declarators (pointers, arrays, functions and
 * their parameters, abstract declarators in type names) into {@link CType}s.
 */
final class AstDeclarators {
  private final AstBuilder decls;

  AstDeclarators(AstBuilder decls) {
    this.decls = decls;
  }

  AstBuilder.Declared declarator(DeclaratorContext d, CType base) {
    CType t = base;
    for (PointerContext p : d.pointer()) {
      List<Attribute> aligned = new ArrayList<>(1);
      for (Attribute a : decls.attributes(p.attributeSpecifier())) {
        if (a.name().equals("aligned")) {
          aligned.add(a);
        }
      }
      t = new CType.Pointer(t, List.copyOf(aligned));
    }
    return direct(d.directDeclarator(), t);
  }

  private AstBuilder.Declared direct(DirectDeclaratorContext d, CType base) {
    CType t = suffixes(d.declaratorSuffix(), base);
    if (d.Identifier() != null) {
      return new AstBuilder.Declared(d.Identifier().getText(), t);
    }
    return declarator(d.declarator(), t);
  }

  private CType suffixes(List<DeclaratorSuffixContext> suffixes, CType base) {
    CType t = base;
    for (int i = suffixes.size() - 1; i >= 0; i--) {
      DeclaratorSuffixContext s = suffixes.get(i);
      if (s instanceof ArraySuffixContext a) {
        t = new CType.Array(t, a.size == null ? null : decls.expressions().expr(a.size));
      } else {
        t = functionType(((FunctionSuffixContext) s).parameterList(), t);
      }
    }
    return t;
  }

  private CType.Function functionType(ParameterListContext list, CType returns) {
    List<CType.Param> params = new ArrayList<>();
    boolean variadic = false;
    if (list != null) {
      variadic = list.Ellipsis() != null;
      for (ParameterContext p : list.parameter()) {
        params.add(parameter(p));
      }
    }
    if (params.size() == 1 && params.get(0).name().isEmpty() && params.get(0).type() instanceof CType.Basic b
        && b.base() == CType.Base.VOID) {
      params.clear();
    }
    return new CType.Function(returns, List.copyOf(params), variadic);
  }

  private CType.Param parameter(ParameterContext p) {
    if (p instanceof NamedParameterContext n) {
      AstBuilder.Specifiers spec = decls.specifiers(n.declarationSpecifiers().declarationSpecifier());
      AstBuilder.Declared d = declarator(n.declarator(), spec.type());
      return new CType.Param(d.name(), d.type());
    }
    UnnamedParameterContext u = (UnnamedParameterContext) p;
    AstBuilder.Specifiers spec = decls.specifiers(u.declarationSpecifiers().declarationSpecifier());
    if (u.abstractDeclarator() == null && spec.stolenName() != null) {
      return new CType.Param(spec.stolenName(), spec.type());
    }
    CType t = u.abstractDeclarator() == null ? spec.type() : abstractDeclarator(u.abstractDeclarator(), spec.type());
    return new CType.Param("", t);
  }

  CType typeName(TypeNameContext ctx) {
    CType base = decls.specifierQualifiers(ctx.specifierQualifierList());
    return ctx.abstractDeclarator() == null ? base : abstractDeclarator(ctx.abstractDeclarator(), base);
  }

  private CType abstractDeclarator(AbstractDeclaratorContext a, CType base) {
    CType t = base;
    for (int i = 0; i < a.pointer().size(); i++) {
      t = new CType.Pointer(t);
    }
    DirectAbstractDeclaratorContext d = a.directAbstractDeclarator();
    if (d == null) {
      return t;
    }
    List<DeclaratorSuffixContext> suffixes = new ArrayList<>(d.declaratorSuffix());
    if (d.abstractDeclarator() != null) {
      return abstractDeclarator(d.abstractDeclarator(), suffixes(suffixes, t));
    }
    return suffixes(suffixes, t);
  }
}
