package org.patchreview.interp;

import java.util.Map;
import java.util.Optional;
import org.patchreview.c.CType;
import org.patchreview.c.StructLayout;
import org.patchreview.c.Type;
import org.patchreview.c.TypeResolver;

/**
 * Checks {@code expect-sizeof}, {@code expect-alignof}, {@code expect-offsetof}, {@code expect-bitoffset} and
 * {@code expect-bitwidth} against the layout the snippet's own {@link TypeResolver} computes, which is the one the
 * interpreter uses. A type is written {@code struct tag}, {@code union tag}, {@code enum tag}, a typedef name or a
 * basic type, with optional trailing {@code *}s.
 */
final class LayoutCheck {
  private static final Map<String, CType.Base> BASIC = Map.ofEntries(
      Map.entry("_Bool", CType.Base.BOOL), Map.entry("char", CType.Base.CHAR),
      Map.entry("signed char", CType.Base.SCHAR), Map.entry("unsigned char", CType.Base.UCHAR),
      Map.entry("short", CType.Base.SHORT), Map.entry("unsigned short", CType.Base.USHORT),
      Map.entry("int", CType.Base.INT), Map.entry("unsigned int", CType.Base.UINT),
      Map.entry("unsigned", CType.Base.UINT), Map.entry("long", CType.Base.LONG),
      Map.entry("unsigned long", CType.Base.ULONG), Map.entry("long long", CType.Base.LLONG),
      Map.entry("unsigned long long", CType.Base.ULLONG), Map.entry("void", CType.Base.VOID),
      Map.entry("double", CType.Base.DOUBLE));

  private LayoutCheck() {}

  static Optional<String> check(Program program, String path, Expectation.Layout e) {
    TypeResolver types = program.types(path).orElse(null);
    if (types == null) {
      return Optional.of("the program has no unit " + path);
    }
    try {
      CType written = written(e.type().strip());
      Type t = types.resolve(written);
      // Alignment from the written type: a typedef's aligned attribute is not part of the resolved type.
      long got = e.measure() == Expectation.Measure.ALIGNOF ? types.alignment(written) : measure(t, e);
      return got == e.value() ? Optional.empty()
          : Optional.of("expected " + e.value() + ", the layout says " + got + describe(t));
    } catch (RuntimeException x) {
      return Optional.of("cannot measure: " + x.getMessage());
    }
  }

  private static CType written(String type) {
    if (type.endsWith("*")) {
      return new CType.Pointer(written(type.substring(0, type.length() - 1).strip()));
    }
    String words = type.replaceAll("\\s+", " ");
    if (words.startsWith("struct ") || words.startsWith("union ")) {
      return new CType.Tagged(words.startsWith("union "), words.substring(words.indexOf(' ') + 1));
    }
    if (words.startsWith("enum ")) {
      return new CType.EnumRef(words.substring(words.indexOf(' ') + 1));
    }
    CType.Base base = BASIC.get(words);
    return base != null ? new CType.Basic(base) : new CType.Named(words);
  }

  private static long measure(Type t, Expectation.Layout e) {
    if (e.measure() == Expectation.Measure.SIZEOF) {
      return t.size();
    }
    long offset = 0;
    Type current = t;
    StructLayout.Field field = null;
    for (String member : e.path()) {
      if (!(current instanceof Type.Struct s)) {
        throw new IllegalArgumentException(current.spell() + " has no members (looking for " + member + ")");
      }
      field = s.layout().find(member).orElseThrow(() -> new IllegalArgumentException(s.spell()
          + " has no member " + member));
      offset += field.offset();
      current = field.type();
    }
    long base = (offset - field.offset()) * 8;
    return switch (e.measure()) {
      case OFFSETOF -> offset;
      case BITOFFSET -> field.isBitfield() ? base + field.bitOffset() : offset * 8;
      default -> field.bitWidth();
    };
  }

  /** The whole layout, so that a mismatch shows every member's place. */
  private static String describe(Type t) {
    if (!(t instanceof Type.Struct s) || !s.complete()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("\n    layout of ").append(s.spell()).append(": size ")
        .append(s.size()).append(", align ").append(s.align());
    for (StructLayout.Field f : s.layout().fields()) {
      sb.append("\n      ").append(f.name().isEmpty() ? "(unnamed)" : f.name()).append(" @").append(f.offset());
      if (f.isBitfield()) {
        sb.append(" bits ").append(f.bitOffset()).append('+').append(f.bitWidth());
      }
      sb.append(" : ").append(f.type().spell());
    }
    return sb.toString();
  }
}
