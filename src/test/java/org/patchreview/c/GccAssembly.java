package org.patchreview.c;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The initialised data of a GCC assembler listing ({@code gcc -S}), as bytes per label: {@code .byte},
 * {@code .short}/{@code .2byte}/{@code .hword}, {@code .word}/{@code .4byte}/{@code .long}, {@code .quad}/{@code
 * .8byte}, {@code .space}/{@code .zero} and {@code .ascii}/{@code .asciz}, little-endian as on ARM. Any other
 * directive ends the current label's data.
 */
final class GccAssembly {
  private static final Pattern LABEL = Pattern.compile("^([A-Za-z_.$][\\w.$]*):\\s*(.*)$");
  private static final Pattern DIRECTIVE = Pattern.compile("^\\s*(\\.[\\w]+)\\s*(.*)$");

  private final Map<String, byte[]> data = new HashMap<>();

  private GccAssembly() {}

  /** Reads a listing; a data directive it cannot read is an {@link IllegalArgumentException} naming the line. */
  static GccAssembly read(String listing) {
    GccAssembly a = new GccAssembly();
    String label = null;
    ByteArrayOutputStream bytes = null;
    String[] lines = listing.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Matcher l = LABEL.matcher(line);
      if (l.matches()) {
        a.close(label, bytes);
        label = l.group(1);
        bytes = new ByteArrayOutputStream();
        line = l.group(2);
      }
      Matcher d = DIRECTIVE.matcher(line);
      if (!d.matches()) {
        continue;
      }
      if (bytes == null || !a.emit(d.group(1), d.group(2).strip(), bytes)) {
        a.close(label, bytes);
        label = null;
        bytes = null;
      }
    }
    a.close(label, bytes);
    return a;
  }

  private void close(String label, ByteArrayOutputStream bytes) {
    if (label != null) {
      data.put(label, bytes.toByteArray());
    }
  }

  /** The bytes emitted after {@code label}, or null when the listing has no such data. */
  byte[] bytes(String label) {
    return data.get(label);
  }

  /** Appends a data directive's bytes; false when {@code directive} is not one. */
  private boolean emit(String directive, String operands, ByteArrayOutputStream out) {
    switch (directive) {
      case ".byte" -> integers(operands, 1, out);
      case ".short", ".2byte", ".hword" -> integers(operands, 2, out);
      case ".word", ".4byte", ".long", ".int" -> integers(operands, 4, out);
      case ".quad", ".8byte" -> integers(operands, 8, out);
      case ".space", ".zero", ".skip" -> {
        String[] parts = operands.split(",");
        long fill = parts.length > 1 ? number(parts[1]) : 0;
        for (long n = number(parts[0]); n > 0; n--) {
          out.write((int) fill);
        }
      }
      case ".ascii" -> out.writeBytes(string(operands));
      case ".asciz", ".string" -> {
        out.writeBytes(string(operands));
        out.write(0);
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  private static void integers(String operands, int size, ByteArrayOutputStream out) {
    for (String item : operands.split(",")) {
      long v = number(item);
      for (int i = 0; i < size; i++) {
        out.write((int) (v >>> (8 * i)) & 0xff);
      }
    }
  }

  private static long number(String text) {
    String t = text.strip();
    boolean negative = t.startsWith("-");
    String digits = negative ? t.substring(1) : t;
    long v = digits.startsWith("0x") || digits.startsWith("0X") ? Long.parseUnsignedLong(digits.substring(2), 16)
        : Long.parseLong(digits);
    return negative ? -v : v;
  }

  /** A quoted assembler string with its escapes: {@code \ooo} octal, {@code \xhh}, and the usual letters. */
  private static byte[] string(String operand) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String s = operand.strip();
    if (s.length() < 2 || s.charAt(0) != '"' || s.charAt(s.length() - 1) != '"') {
      throw new IllegalArgumentException("not an assembler string: " + operand);
    }
    for (int i = 1; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        out.write(c);
        continue;
      }
      char e = s.charAt(++i);
      if (e >= '0' && e <= '7') {
        int end = i;
        while (end < i + 3 && s.charAt(end) >= '0' && s.charAt(end) <= '7') {
          end++;
        }
        out.write(Integer.parseInt(s.substring(i, end), 8));
        i = end - 1;
      } else if (e == 'x') {
        int end = i + 1;
        while (Character.digit(s.charAt(end), 16) >= 0) {
          end++;
        }
        out.write(Integer.parseInt(s.substring(i + 1, end), 16));
        i = end - 1;
      } else {
        out.write(switch (e) {
          case 'n' -> '\n';
          case 't' -> '\t';
          case 'r' -> '\r';
          case 'b' -> '\b';
          case 'f' -> '\f';
          default -> e;
        });
      }
    }
    return out.toByteArray();
  }
}
