package org.patchreview.c;

/** Integer conversions of C on 32-bit ARM, on values held in a Java {@code long}. */
public final class Conversions {
  private Conversions() {}

  /**
   * The value converted to {@code kind}: truncated to its width, then sign- or zero-extended, so that every value of
   * a type has one representation; {@code _Bool} is 0 or 1.
   */
  public static long normalise(long v, Type.IntKind kind) {
    return switch (kind) {
      case BOOL -> v != 0 ? 1 : 0;
      case CHAR, UCHAR -> v & 0xFF;
      case SCHAR -> (byte) v;
      case SHORT -> (short) v;
      case USHORT -> v & 0xFFFF;
      case INT, LONG -> (int) v;
      case UINT, ULONG -> v & 0xFFFFFFFFL;
      case LLONG, ULLONG -> v;
    };
  }

  /** The type integer promotion gives (C11 6.3.1.1): everything narrower than {@code int} becomes {@code int}. */
  public static Type.IntKind promote(Type.IntKind k) {
    return k.rank < Type.IntKind.INT.rank ? Type.IntKind.INT : k;
  }

  /** The common type of the usual arithmetic conversions (C11 6.3.1.8), operands already promoted. */
  public static Type.IntKind common(Type.IntKind a, Type.IntKind b) {
    a = promote(a);
    b = promote(b);
    if (a == b) {
      return a;
    }
    if (a.signed == b.signed) {
      return a.rank >= b.rank ? a : b;
    }
    Type.IntKind u = a.signed ? b : a;
    Type.IntKind s = a.signed ? a : b;
    if (u.rank >= s.rank) {
      return u;
    }
    if (s.size > u.size) {
      return s;
    }
    return s.toUnsigned();
  }
}
