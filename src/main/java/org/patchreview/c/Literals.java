package org.patchreview.c;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Decodes C literals: integers with their type (C11 6.4.4.1 for a 32-bit target), characters and strings. */
public final class Literals {
  private Literals() {}

  /** An integer constant's value and type. */
  public record IntValue(long value, CType.Base type) {}

  public static IntValue integer(String text) {
    String t = text.toLowerCase(java.util.Locale.ROOT);
    int end = t.length();
    while (end > 0 && (t.charAt(end - 1) == 'u' || t.charAt(end - 1) == 'l')) {
      end--;
    }
    String suffix = t.substring(end);
    String digits = t.substring(0, end);
    int radix = 10;
    if (digits.startsWith("0x")) {
      radix = 16;
      digits = digits.substring(2);
    } else if (digits.startsWith("0b")) {
      radix = 2;
      digits = digits.substring(2);
    } else if (digits.length() > 1 && digits.startsWith("0")) {
      radix = 8;
      digits = digits.substring(1);
    }
    long value = digits(text, digits, radix);
    boolean unsigned = suffix.contains("u");
    int longs = suffix.length() - (unsigned ? 1 : 0);
    boolean decimal = radix == 10;
    return new IntValue(value, typeOf(value, unsigned, longs, decimal));
  }

  /**
   * The value of a constant's digits, refused as GCC refuses them (an 8 or 9 in an octal constant, no digits, more
   * than 64 bits) with a {@link CInputException} whose span the caller gives.
   */
  private static long digits(String text, String digits, int radix) {
    if (digits.isEmpty()) {
      throw new CInputException("invalid integer constant " + text, null);
    }
    long value = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = Character.digit(digits.charAt(i), radix);
      if (d < 0) {
        throw new CInputException("invalid digit \"" + digits.charAt(i) + "\" in "
            + (radix == 8 ? "octal" : radix == 2 ? "binary" : radix == 16 ? "hexadecimal" : "decimal")
            + " constant " + text, null);
      }
      if (Long.compareUnsigned(value, Long.divideUnsigned(-1L - d, radix)) > 0) {
        throw new CInputException("integer constant " + text + " is too large for its type", null);
      }
      value = value * radix + d;
    }
    return value;
  }

  private static CType.Base typeOf(long v, boolean unsigned, int longs, boolean decimal) {
    boolean fitsInt = v >= 0 && v <= Integer.MAX_VALUE;
    boolean fitsUint = v >= 0 && v <= 0xFFFFFFFFL;
    boolean fitsLlong = v >= 0;
    if (longs == 0 && !unsigned && fitsInt) {
      return CType.Base.INT;
    }
    if (longs == 0 && (unsigned || !decimal) && fitsUint) {
      return CType.Base.UINT;
    }
    if (longs <= 1 && !unsigned && fitsInt) {
      return CType.Base.LONG;
    }
    if (longs <= 1 && (unsigned || !decimal) && fitsUint) {
      return CType.Base.ULONG;
    }
    if (!unsigned && fitsLlong) {
      return CType.Base.LLONG;
    }
    return CType.Base.ULLONG;
  }

  /** The value of a character constant (plain {@code char} is unsigned on ARM). */
  public static long character(String text) {
    String body = text.startsWith("L") ? text.substring(2, text.length() - 1) : text.substring(1, text.length() - 1);
    byte[] bytes = unescape(body);
    return bytes.length == 0 ? 0 : bytes[0] & 0xFF;
  }

  /** The bytes of a string literal's body (between the quotes), escapes decoded, source text taken as UTF-8. */
  public static byte[] unescape(String body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] raw = body.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < raw.length; i++) {
      byte b = raw[i];
      if (b != '\\' || i + 1 >= raw.length) {
        out.write(b);
        continue;
      }
      char c = (char) raw[++i];
      switch (c) {
        case 'n' -> out.write('\n');
        case 't' -> out.write('\t');
        case 'r' -> out.write('\r');
        case 'a' -> out.write(7);
        case 'b' -> out.write(8);
        case 'f' -> out.write(12);
        case 'v' -> out.write(11);
        case 'e' -> out.write(27);
        case '\n' -> { }
        case 'x' -> {
          int v = 0;
          while (i + 1 < raw.length && Character.digit(raw[i + 1], 16) >= 0) {
            v = v * 16 + Character.digit(raw[++i], 16);
          }
          out.write(v);
        }
        default -> {
          if (c >= '0' && c <= '7') {
            int v = c - '0';
            for (int k = 0; k < 2 && i + 1 < raw.length && raw[i + 1] >= '0' && raw[i + 1] <= '7'; k++) {
              v = v * 8 + (raw[++i] - '0');
            }
            out.write(v);
          } else {
            out.write(c);
          }
        }
      }
    }
    return out.toByteArray();
  }
}
