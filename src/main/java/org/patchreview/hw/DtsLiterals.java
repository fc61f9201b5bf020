package org.patchreview.hw;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

/** Decodes Device Tree literals (integers, strings, character literals, byte strings) the way dtc does. */
final class DtsLiterals {

  private DtsLiterals() {}

  /** An integer in C spelling: hexadecimal after 0x, octal after a leading 0, with optional U/L suffixes. */
  static long integer(String text, Consumer<String> error) {
    String digits = text.replaceAll("[uUlL]+$", "");
    int radix = 10;
    if (digits.startsWith("0x") || digits.startsWith("0X")) {
      radix = 16;
      digits = digits.substring(2);
    } else if (digits.length() > 1 && digits.startsWith("0")) {
      radix = 8;
      digits = digits.substring(1);
    }
    try {
      return Long.parseUnsignedLong(digits, radix);
    } catch (NumberFormatException e) {
      error.accept(radix == 8 && digits.matches("[0-9]+")
          ? "'" + text + "' is not an octal number (a leading 0 means octal)"
          : "integer literal '" + text + "' does not fit in 64 bits");
      return 0;
    }
  }

  /** The contents of a {@code "..."} token with C escapes decoded. */
  static String string(String token) {
    return unescape(token.substring(1, token.length() - 1));
  }

  /** The value of a {@code 'c'} token; it must hold exactly one character. */
  static long character(String token, Consumer<String> error) {
    String decoded = unescape(token.substring(1, token.length() - 1));
    if (decoded.length() != 1) {
      error.accept("character literal " + token + " must hold exactly one character");
      return 0;
    }
    return decoded.charAt(0) & 0xff;
  }

  /** The bytes of a {@code [00 11 22]} token: hexadecimal pairs, spaces allowed between pairs. */
  static byte[] bytes(String token, Consumer<String> error) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String group : token.substring(1, token.length() - 1).trim().split("\\s+")) {
      if (group.length() % 2 != 0) {
        error.accept("byte string group '" + group + "' has an odd number of hexadecimal digits");
        continue;
      }
      for (int i = 0; i < group.length(); i += 2) {
        out.write(Integer.parseInt(group.substring(i, i + 2), 16));
      }
    }
    return out.toByteArray();
  }

  static String unescape(String body) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i++);
      if (c != '\\' || i == body.length()) {
        sb.append(c);
        continue;
      }
      char e = body.charAt(i++);
      if (e == 'x') {
        int end = hexEnd(body, i);
        sb.append(end == i ? 'x' : (char) Integer.parseInt(body.substring(i, end), 16));
        i = end;
      } else if (e >= '0' && e <= '7') {
        int end = i - 1;
        while (end < body.length() && end < i + 2 && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
          end++;
        }
        sb.append((char) (Integer.parseInt(body.substring(i - 1, end), 8) & 0xff));
        i = end;
      } else {
        sb.append(simpleEscape(e));
      }
    }
    return sb.toString();
  }

  private static int hexEnd(String body, int from) {
    int end = from;
    while (end < body.length() && end < from + 2 && Character.digit(body.charAt(end), 16) >= 0) {
      end++;
    }
    return end;
  }

  private static char simpleEscape(char e) {
    switch (e) {
      case 'a': return 7;
      case 'b': return '\b';
      case 't': return '\t';
      case 'n': return '\n';
      case 'v': return 11;
      case 'f': return '\f';
      case 'r': return '\r';
      default: return e; // \\, \", \' and, as dtc does, any other character stand for themselves
    }
  }
}
