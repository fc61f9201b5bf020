package org.patchreview.c;

import java.util.List;

/**
 * A resolved C type with its size and alignment on 32-bit ARM (EABI): {@code int}, {@code long} and pointers are
 * 4 bytes, {@code long long} 8 bytes and 8-aligned, plain {@code char} unsigned, enums {@code int}.
 */
public sealed interface Type permits Type.Void, Type.Int, Type.Float, Type.Pointer, Type.Array, Type.Function,
    Type.Struct {

  int size();

  int align();

  /** A short spelling for messages ({@code unsigned int}, {@code struct device *}). */
  String spell();

  default boolean isScalar() {
    return this instanceof Int || this instanceof Pointer || this instanceof Float;
  }

  default boolean isVoid() {
    return this instanceof Void;
  }

  /** {@code void}. */
  record Void() implements Type {
    public static final Void INSTANCE = new Void();

    public int size() {
      return 1;
    }

    public int align() {
      return 1;
    }

    public String spell() {
      return "void";
    }
  }

  /** The integer kinds: size in bytes, signedness and conversion rank. */
  enum IntKind {
    BOOL(1, false, 0, "_Bool"), CHAR(1, false, 1, "char"), SCHAR(1, true, 1, "signed char"),
    UCHAR(1, false, 1, "unsigned char"), SHORT(2, true, 2, "short"), USHORT(2, false, 2, "unsigned short"),
    INT(4, true, 3, "int"), UINT(4, false, 3, "unsigned int"), LONG(4, true, 4, "long"),
    ULONG(4, false, 4, "unsigned long"), LLONG(8, true, 5, "long long"), ULLONG(8, false, 5, "unsigned long long");

    public final int size;
    public final boolean signed;
    public final int rank;
    public final String spelling;

    IntKind(int size, boolean signed, int rank, String spelling) {
      this.size = size;
      this.signed = signed;
      this.rank = rank;
      this.spelling = spelling;
    }

    /** The unsigned kind of the same rank. */
    public IntKind toUnsigned() {
      return switch (this) {
        case SCHAR, CHAR -> UCHAR;
        case SHORT -> USHORT;
        case INT -> UINT;
        case LONG -> ULONG;
        case LLONG -> ULLONG;
        default -> this;
      };
    }
  }

  /** An integer type; {@code name} keeps a typedef or enum spelling for messages. */
  record Int(IntKind kind, String name) implements Type {
    public static final Int BOOL = new Int(IntKind.BOOL, null);
    public static final Int CHAR = new Int(IntKind.CHAR, null);
    public static final Int INT = new Int(IntKind.INT, null);
    public static final Int UINT = new Int(IntKind.UINT, null);
    public static final Int LONG = new Int(IntKind.LONG, null);
    public static final Int ULONG = new Int(IntKind.ULONG, null);
    public static final Int LLONG = new Int(IntKind.LLONG, null);
    public static final Int ULLONG = new Int(IntKind.ULLONG, null);

    public static Int of(IntKind kind) {
      return new Int(kind, null);
    }

    public int size() {
      return kind.size;
    }

    public int align() {
      return kind.size;
    }

    public boolean signed() {
      return kind.signed;
    }

    public String spell() {
      return name != null ? name : kind.spelling;
    }

    /** Two integer types are the same type when their kinds agree; names are only spellings. */
    @Override
    public boolean equals(Object o) {
      return o instanceof Int other && other.kind == kind;
    }

    @Override
    public int hashCode() {
      return kind.hashCode();
    }
  }

  /** {@code float}, {@code double}, {@code long double} (8 bytes on ARM). */
  record Float(int size) implements Type {
    public int align() {
      return size;
    }

    public String spell() {
      return size == 4 ? "float" : "double";
    }
  }

  record Pointer(Type target) implements Type {
    public int size() {
      return 4;
    }

    public int align() {
      return 4;
    }

    public String spell() {
      return target instanceof Function ? "function pointer" : target.spell() + " *";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Pointer p && p.target.equals(target);
    }

    @Override
    public int hashCode() {
      return 31 + (target instanceof Struct s ? s.tag().hashCode() : target.getClass().hashCode());
    }
  }

  /** An array; {@code length} is -1 when unknown ({@code int a[]}). */
  record Array(Type element, int length) implements Type {
    public int size() {
      return length < 0 ? 0 : element.size() * length;
    }

    public int align() {
      return element.align();
    }

    public String spell() {
      return element.spell() + "[" + (length < 0 ? "" : length) + "]";
    }
  }

  record Function(Type returns, List<Type> params, boolean variadic) implements Type {
    public int size() {
      return 1;
    }

    public int align() {
      return 1;
    }

    public String spell() {
      return returns.spell() + " (*)(...)";
    }
  }

  /**
   * A struct or union. Its layout is filled in once the definition has been read, so that pointers to it can be
   * made before (self-referential structs, forward declarations).
   */
  final class Struct implements Type {
    private final String tag;
    private final boolean union;
    private volatile StructLayout layout;
    private java.util.function.Supplier<StructLayout> definition;
    private boolean laying;

    public Struct(String tag, boolean union) {
      this.tag = tag;
      this.union = union;
    }

    public String tag() {
      return tag;
    }

    public boolean union() {
      return union;
    }

    public boolean complete() {
      return layout != null || definition != null;
    }

    /**
     * The layout, computed on first use: a pointer to a struct must not need the struct's layout, or a struct
     * holding a pointer to one that embeds it would never finish.
     */
    public StructLayout layout() {
      StructLayout l = layout;
      if (l != null) {
        return l;
      }
      synchronized (this) {
        if (layout == null) {
          if (definition == null || laying) {
            throw new IncompleteTypeException(spell());
          }
          laying = true;
          try {
            layout = definition.get();
          } finally {
            laying = false;
          }
        }
        return layout;
      }
    }

    void define(java.util.function.Supplier<StructLayout> definition) {
      this.definition = definition;
    }

    public int size() {
      return layout().size();
    }

    public int align() {
      return layout().align();
    }

    public String spell() {
      return (union ? "union " : "struct ") + tag;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Struct s && s.tag.equals(tag) && s.union == union;
    }

    @Override
    public int hashCode() {
      return tag.hashCode();
    }

    @Override
    public String toString() {
      return spell();
    }
  }

  /** Thrown when the size of a struct that was declared but never defined is needed. */
  final class IncompleteTypeException extends CInputException {
    private static final long serialVersionUID = 1L;

    public IncompleteTypeException(String what) {
      super("incomplete type " + what + " has no size", null);
    }
  }
}
