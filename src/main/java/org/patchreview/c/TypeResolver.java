package org.patchreview.c;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The file-scope names of one translation unit (typedefs, struct/union tags, enum constants) and the resolution of
 * written {@link CType}s into semantic {@link Type}s, struct layouts included.
 */
public final class TypeResolver {
  private final Map<String, CType> typedefs = new HashMap<>();
  private final Map<String, List<Attribute>> typedefAttributes = new HashMap<>();
  private final Map<String, Decl.Struct> structDecls = new HashMap<>();
  private final Map<String, Type.Struct> structs = new HashMap<>();
  private final Map<String, Expr> enumExprs = new HashMap<>();
  private final Map<String, Long> enumValues = new HashMap<>();
  private final Map<String, String> enumTags = new HashMap<>();
  private final Map<CType, Type> cache = new HashMap<>();
  private final ConstEvaluator constants = new ConstEvaluator(this);

  public TypeResolver(TranslationUnit unit) {
    for (Decl d : unit.decls()) {
      if (d instanceof Decl.Typedef t) {
        typedefs.put(t.name(), t.type());
        typedefAttributes.put(t.name(), t.attributes());
      } else if (d instanceof Decl.Struct s) {
        structDecls.put(s.tag(), s);
      } else if (d instanceof Decl.Enum e) {
        collectEnum(e);
      }
    }
  }

  private void collectEnum(Decl.Enum e) {
    Expr previous = null;
    int step = -1;
    for (Decl.Enumerator en : e.enumerators()) {
      if (en.value() != null) {
        previous = en.value();
        step = 0;
      } else {
        step++;
      }
      Expr base = previous;
      int offset = step;
      enumExprs.put(en.name(), base == null ? new Expr.IntLit(en.span(), offset, CType.Base.INT, "" + offset)
          : offset == 0 ? base
          : new Expr.Binary(en.span(), Expr.BinaryOp.ADD, base, new Expr.IntLit(en.span(), offset, CType.Base.INT, "" + offset)));
      enumTags.put(en.name(), e.tag());
    }
  }

  /** The value of an enum constant, when {@code name} is one. */
  public OptionalLong enumConstant(String name) {
    Long v = enumValues.get(name);
    if (v != null) {
      return OptionalLong.of(v);
    }
    Expr e = enumExprs.get(name);
    if (e == null) {
      return OptionalLong.empty();
    }
    enumExprs.remove(name);
    long value = constants.evaluate(e);
    enumValues.put(name, value);
    return OptionalLong.of(value);
  }

  public boolean isTypedef(String name) {
    return typedefs.containsKey(name);
  }

  public Optional<CType> typedef(String name) {
    return Optional.ofNullable(typedefs.get(name));
  }

  public ConstEvaluator constants() {
    return constants;
  }

  /** The struct or union with this tag (complete when this unit defines it). */
  public Type.Struct struct(String tag, boolean union) {
    Type.Struct s = structs.get(tag);
    if (s == null) {
      s = new Type.Struct(tag, union);
      structs.put(tag, s);
      Decl.Struct d = structDecls.get(tag);
      if (d != null) {
        s.define(() -> layout(d));
      }
    }
    return s;
  }

  /** The definition of a struct tag in this unit, if it has one. */
  public Optional<Decl.Struct> structDecl(String tag) {
    return Optional.ofNullable(structDecls.get(tag));
  }

  private StructLayout layout(Decl.Struct d) {
    List<StructLayout.MemberSpec> specs = new ArrayList<>();
    for (Decl.Member m : d.members()) {
      Type t = resolve(m.type());
      long width = m.bitWidth() == null ? -1 : constants.evaluate(m.bitWidth());
      if (m.bitWidth() != null && (width < 0 || width > (long) t.size() * 8)) {
        throw new CInputException((width < 0 ? "negative width" : "width " + width + " exceeds the type")
            + " of bitfield " + (m.name().isEmpty() ? "(unnamed)" : m.name()), m.bitWidth().span());
      }
      specs.add(new StructLayout.MemberSpec(m.name(), t, (int) width, alignment(m.type()), alignAttribute(m.attributes()),
          Attribute.has(m.attributes(), "packed")));
    }
    StructLayout l = StructLayout.compute(specs, d.union(), d.packed(), typeAlignAttribute(d.attributes()));
    if (l == null) {
      throw new CInputException((d.union() ? "union " : "struct ") + d.tag() + " is too large (more than "
          + StructLayout.MAX_BYTES / (1 << 20) + " MiB)", d.span());
    }
    return l;
  }

  /**
   * The alignment objects of a written type get. An {@code aligned} attribute on a typedef, or on a pointer after
   * its {@code *}, replaces its type's alignment (GCC lets these lower it, unlike a member's attribute); arrays
   * have their element's.
   */
  public int alignment(CType type) {
    return type.accept(new CType.Visitor<Integer>() {
      public Integer visitNamed(CType.Named t) {
        List<Attribute> attributes = typedefAttributes.getOrDefault(t.name(), List.of());
        CType target = typedefs.get(t.name());
        return Attribute.has(attributes, "aligned") ? typeAlignAttribute(attributes)
            : target != null ? alignment(target) : natural(t);
      }

      public Integer visitPointer(CType.Pointer t) {
        return Attribute.has(t.attributes(), "aligned") ? typeAlignAttribute(t.attributes()) : natural(t);
      }

      public Integer visitArray(CType.Array t) {
        return alignment(t.element());
      }

      public Integer visitBasic(CType.Basic t) {
        return natural(t);
      }

      public Integer visitTagged(CType.Tagged t) {
        return natural(t);
      }

      public Integer visitEnum(CType.EnumRef t) {
        return natural(t);
      }

      public Integer visitFunction(CType.Function t) {
        return natural(t);
      }

      public Integer visitTypeOfExpr(CType.TypeOfExpr t) {
        return natural(t);
      }

      public Integer visitMacro(CType.Macro t) {
        return natural(t);
      }
    });
  }

  private int natural(CType t) {
    return resolve(t).align();
  }

  /**
   * What {@code aligned} attributes ask of a member: the largest (GCC), 1 without one. On a type (a struct, a
   * typedef, a pointer) the last one written wins instead: {@link #typeAlignAttribute}.
   */
  private int alignAttribute(List<Attribute> attributes) {
    return attributes.stream().filter(a -> a.name().equals("aligned")).mapToInt(this::alignValue).max().orElse(1);
  }

  private int typeAlignAttribute(List<Attribute> attributes) {
    return attributes.stream().filter(a -> a.name().equals("aligned")).mapToInt(this::alignValue)
        .reduce((first, second) -> second).orElse(1);
  }

  /** One {@code aligned} attribute's value: 8, ARM's biggest alignment, when bare. */
  private int alignValue(Attribute a) {
    if (a.value() != null) {
      return (int) constants.evaluate(a.value());
    }
    String arg = a.arguments().replaceAll("[()\\s]", "");
    if (arg.isEmpty()) {
      return 8;
    }
    try {
      return (int) Literals.integer(arg).value();
    } catch (CInputException e) {
      return 1;
    }
  }

  /** The semantic type of a written type. */
  public Type resolve(CType t) {
    Type cached = cache.get(t);
    if (cached != null) {
      return cached;
    }
    Type r = t.accept(new Resolver());
    if (!(t instanceof CType.TypeOfExpr)) {
      cache.put(t, r);
    }
    return r;
  }

  /** Resolves a type and names integer typedefs after themselves, for messages. */
  private final class Resolver implements CType.Visitor<Type> {
    @Override
    public Type visitBasic(CType.Basic t) {
      return switch (t.base()) {
        case VOID -> Type.Void.INSTANCE;
        case BOOL -> Type.Int.of(Type.IntKind.BOOL);
        case CHAR -> Type.Int.of(Type.IntKind.CHAR);
        case SCHAR -> Type.Int.of(Type.IntKind.SCHAR);
        case UCHAR -> Type.Int.of(Type.IntKind.UCHAR);
        case SHORT -> Type.Int.of(Type.IntKind.SHORT);
        case USHORT -> Type.Int.of(Type.IntKind.USHORT);
        case INT -> Type.Int.of(Type.IntKind.INT);
        case UINT -> Type.Int.of(Type.IntKind.UINT);
        case LONG -> Type.Int.of(Type.IntKind.LONG);
        case ULONG -> Type.Int.of(Type.IntKind.ULONG);
        case LLONG -> Type.Int.of(Type.IntKind.LLONG);
        case ULLONG -> Type.Int.of(Type.IntKind.ULLONG);
        case FLOAT -> new Type.Float(4);
        case DOUBLE, LDOUBLE -> new Type.Float(8);
      };
    }

    @Override
    public Type visitNamed(CType.Named t) {
      CType target = typedefs.get(t.name());
      if (target == null) {
        throw new UnknownNameException("unknown type name " + t.name());
      }
      Type r = resolve(target);
      return r instanceof Type.Int i ? new Type.Int(i.kind(), t.name()) : r;
    }

    @Override
    public Type visitTagged(CType.Tagged t) {
      return struct(t.tag(), t.union());
    }

    /**
     * GCC gives an enum with no negative enumerator an unsigned type, otherwise a signed one: {@code int} when its
     * values fit 32 bits, {@code long long} (8 bytes, 8-aligned) when they do not.
     */
    @Override
    public Type visitEnum(CType.EnumRef t) {
      long min = 0;
      long max = 0;
      for (String name : enumTags.entrySet().stream().filter(x -> x.getValue().equals(t.tag()))
          .map(java.util.Map.Entry::getKey).toList()) {
        OptionalLong v = enumConstant(name);
        min = Math.min(min, v.orElse(0));
        max = Math.max(max, v.orElse(0));
      }
      boolean wide = min < 0 ? min < Integer.MIN_VALUE || max > Integer.MAX_VALUE : max > 0xffffffffL;
      Type.IntKind kind = min < 0 ? (wide ? Type.IntKind.LLONG : Type.IntKind.INT)
          : wide ? Type.IntKind.ULLONG : Type.IntKind.UINT;
      return new Type.Int(kind, "enum " + t.tag());
    }

    @Override
    public Type visitPointer(CType.Pointer t) {
      return new Type.Pointer(resolve(t.target()));
    }

    @Override
    public Type visitArray(CType.Array t) {
      Type element = resolve(t.element());
      if (t.length() == null) {
        return new Type.Array(element, -1);
      }
      long length = constants.evaluate(t.length());
      if (length < 0) {
        throw new CInputException("size of array is negative (" + length + ")", t.length().span());
      }
      // As GCC on a 32-bit target: an object must fit in half the address space; ours stays below MAX_BYTES.
      if (length > StructLayout.MAX_BYTES || length > 0 && element.size() > StructLayout.MAX_BYTES / length) {
        throw new CInputException("size of array is too large (" + length + " elements of " + element.size()
            + " bytes; review takes objects up to " + StructLayout.MAX_BYTES / (1 << 20) + " MiB)",
            t.length().span());
      }
      return new Type.Array(element, (int) length);
    }

    @Override
    public Type visitFunction(CType.Function t) {
      List<Type> params = new ArrayList<>();
      for (CType.Param p : t.params()) {
        params.add(adjustParameter(resolve(p.type())));
      }
      return new Type.Function(resolve(t.returns()), List.copyOf(params), t.variadic());
    }

    @Override
    public Type visitTypeOfExpr(CType.TypeOfExpr t) {
      return constants.typeOf(t.expr());
    }

    @Override
    public Type visitMacro(CType.Macro t) {
      throw new UnknownNameException("type given by the unexpanded macro " + t.name());
    }
  }

  /** Parameters of array and function type are pointers (C11 6.7.6.3). */
  public static Type adjustParameter(Type t) {
    if (t instanceof Type.Array a) {
      return new Type.Pointer(a.element());
    }
    if (t instanceof Type.Function) {
      return new Type.Pointer(t);
    }
    return t;
  }

  /** A name C does not know at this point. */
  public static final class UnknownNameException extends CInputException {
    private static final long serialVersionUID = 1L;

    public UnknownNameException(String message) {
      super(message, null);
    }
  }
}
