package org.patchreview.c;

import java.util.stream.Collectors;

/** Spells a {@link CType} back as C declaration text, for reports. */
final class CTypeSpeller {
  private CTypeSpeller() {}

  static String spell(CType type, String name) {
    String inner = name == null ? "" : name;
    CType t = type;
    while (true) {
      if (t instanceof CType.Pointer p) {
        inner = "*" + inner;
        CType next = p.target();
        if (next instanceof CType.Array || next instanceof CType.Function) {
          inner = "(" + inner + ")";
        }
        t = next;
      } else if (t instanceof CType.Array a) {
        inner = inner + "[" + (a.length() == null ? "" : ExprPrinter.print(a.length())) + "]";
        t = a.element();
      } else if (t instanceof CType.Function f) {
        String params = f.params().stream().map(p -> spell(p.type(), p.name())).collect(Collectors.joining(", "));
        if (f.variadic()) {
          params = params.isEmpty() ? "..." : params + ", ...";
        }
        inner = inner + "(" + (params.isEmpty() ? "void" : params) + ")";
        t = f.returns();
      } else {
        String base = base(t);
        return inner.isEmpty() ? base : base + (inner.startsWith("*") ? " " : " ") + inner;
      }
    }
  }

  private static String base(CType t) {
    if (t instanceof CType.Basic b) {
      return switch (b.base()) {
        case VOID -> "void";
        case BOOL -> "_Bool";
        case CHAR -> "char";
        case SCHAR -> "signed char";
        case UCHAR -> "unsigned char";
        case SHORT -> "short";
        case USHORT -> "unsigned short";
        case INT -> "int";
        case UINT -> "unsigned int";
        case LONG -> "long";
        case ULONG -> "unsigned long";
        case LLONG -> "long long";
        case ULLONG -> "unsigned long long";
        case FLOAT -> "float";
        case DOUBLE -> "double";
        case LDOUBLE -> "long double";
      };
    }
    if (t instanceof CType.Named n) {
      return n.name();
    }
    if (t instanceof CType.Tagged s) {
      return (s.union() ? "union " : "struct ") + s.tag();
    }
    if (t instanceof CType.EnumRef e) {
      return "enum " + e.tag();
    }
    if (t instanceof CType.TypeOfExpr e) {
      return "typeof(" + ExprPrinter.print(e.expr()) + ")";
    }
    if (t instanceof CType.Macro m) {
      return m.name() + "(" + m.arguments() + ")";
    }
    return t.toString();
  }
}
