package org.patchreview.interp;

/**
 * The kernel's printf: {@code %d %i %u %x %X %o %c %s %p %%} with the flags {@code - + space # 0}, width and
 * precision (also from arguments with {@code *}), the length modifiers {@code hh h l ll z t}, and the kernel's
 * {@code %pOF} (a device-tree node's path) and {@code %pa}/{@code %pad} (physical and DMA addresses). {@code %p}
 * prints the object a pointer points to, so logs compare across runs.
 */
final class Printf {
  private Printf() {}

  /** One conversion specification as written. */
  private static final class Spec {
    boolean left;
    boolean plus;
    boolean space;
    boolean alternate;
    boolean zero;
    int width;
    int precision = -1;
    String length = "";
    char conversion;
  }

  static String format(Machine m, long fmtAddress, long[] args, int first, Site site) {
    String fmt = m.memory().readString(fmtAddress, 4096, site);
    StringBuilder out = new StringBuilder();
    int[] arg = {first};
    int i = 0;
    while (i < fmt.length()) {
      char c = fmt.charAt(i++);
      if (c != '%' || i >= fmt.length()) {
        out.append(c);
        continue;
      }
      Spec s = new Spec();
      i = parse(fmt, i, s, args, arg);
      if (s.conversion == 0) {
        break;
      }
      if (s.conversion == '%') {
        out.append('%');
        continue;
      }
      long v = arg[0] < args.length ? args[arg[0]++] : 0;
      if (s.conversion == 'p') {
        StringBuilder ext = new StringBuilder();
        while (i < fmt.length() && Character.isLetterOrDigit(fmt.charAt(i))) {
          ext.append(fmt.charAt(i++));
        }
        out.append(pad(pointer(m, v, ext.toString(), site), s.width, s.left, false));
      } else {
        out.append(convert(m, s, v, site));
      }
    }
    return out.toString();
  }

  private static int parse(String fmt, int start, Spec s, long[] args, int[] arg) {
    int i = start;
    for (; i < fmt.length() && "-+ #0".indexOf(fmt.charAt(i)) >= 0; i++) {
      switch (fmt.charAt(i)) {
        case '-' -> s.left = true;
        case '+' -> s.plus = true;
        case ' ' -> s.space = true;
        case '#' -> s.alternate = true;
        default -> s.zero = true;
      }
    }
    if (i < fmt.length() && fmt.charAt(i) == '*') {
      s.width = (int) (arg[0] < args.length ? args[arg[0]++] : 0);
      if (s.width < 0) {
        s.left = true;
        s.width = -s.width;
      }
      i++;
    }
    for (; i < fmt.length() && Character.isDigit(fmt.charAt(i)); i++) {
      s.width = s.width * 10 + (fmt.charAt(i) - '0');
    }
    if (i < fmt.length() && fmt.charAt(i) == '.') {
      i++;
      s.precision = 0;
      if (i < fmt.length() && fmt.charAt(i) == '*') {
        s.precision = (int) (arg[0] < args.length ? args[arg[0]++] : 0);
        i++;
      }
      for (; i < fmt.length() && Character.isDigit(fmt.charAt(i)); i++) {
        s.precision = s.precision * 10 + (fmt.charAt(i) - '0');
      }
    }
    StringBuilder length = new StringBuilder();
    for (; i < fmt.length() && "hlzt".indexOf(fmt.charAt(i)) >= 0; i++) {
      length.append(fmt.charAt(i));
    }
    s.length = length.toString();
    if (i < fmt.length()) {
      s.conversion = fmt.charAt(i++);
    }
    return i;
  }

  private static String convert(Machine m, Spec s, long raw, Site site) {
    if (s.conversion == 's') {
      long p = Primitives.pointer(raw);
      String text = p == 0 ? "(null)" : m.memory().readString(p, s.precision >= 0 ? s.precision : 4096, site);
      return pad(text, s.width, s.left, false);
    }
    if (s.conversion == 'c') {
      return pad(String.valueOf((char) (raw & 0xFF)), s.width, s.left, false);
    }
    boolean signed = s.conversion == 'd' || s.conversion == 'i';
    long v = sized(raw, s.length, signed);
    String digits = switch (s.conversion) {
      case 'd', 'i' -> Long.toString(Math.abs(v)).replace("-", "");
      case 'x' -> Long.toHexString(v);
      case 'X' -> Long.toHexString(v).toUpperCase(java.util.Locale.ROOT);
      case 'o' -> Long.toOctalString(v);
      case 'u' -> Long.toUnsignedString(v);
      default -> "%" + s.conversion;
    };
    if (signed && v == Long.MIN_VALUE) {
      digits = "9223372036854775808";
    }
    if (s.precision >= 0 && digits.length() < s.precision) {
      digits = "0".repeat(s.precision - digits.length()) + digits;
    }
    String prefix = signed ? (v < 0 ? "-" : s.plus ? "+" : s.space ? " " : "")
        : s.alternate && v != 0 && (s.conversion == 'x' || s.conversion == 'X') ? "0" + s.conversion
        : s.alternate && s.conversion == 'o' && !digits.startsWith("0") ? "0" : "";
    boolean zeroPad = s.zero && !s.left && s.precision < 0;
    if (zeroPad && prefix.length() + digits.length() < s.width) {
      digits = "0".repeat(s.width - prefix.length() - digits.length()) + digits;
    }
    return pad(prefix + digits, s.width, s.left, false);
  }

  /** The argument as the length modifier says: {@code hh} a char, {@code h} a short, none an int, {@code ll} 64 bits. */
  private static long sized(long v, String length, boolean signed) {
    return switch (length) {
      case "hh" -> signed ? (byte) v : v & 0xFF;
      case "h" -> signed ? (short) v : v & 0xFFFF;
      case "ll" -> v;
      default -> signed ? (int) v : v & 0xFFFFFFFFL;
    };
  }

  private static String pointer(Machine m, long v, String ext, Site site) {
    long p = Primitives.pointer(v);
    if (ext.startsWith("OF")) {
      return m.environment().deviceTree().path(p);
    }
    if (ext.startsWith("a")) {
      long value = m.memory().load(p, 4, site);
      return String.format("0x%08x", value);
    }
    if (p == 0) {
      return "(null)";
    }
    if (AddressSpace.isErrPtr(p)) {
      return AddressSpace.errPtr(p);
    }
    return m.memory().describe(p);
  }

  private static String pad(String s, int width, boolean left, boolean zero) {
    if (s.length() >= width) {
      return s;
    }
    String fill = String.valueOf(zero && !left ? '0' : ' ').repeat(width - s.length());
    return left ? s + fill : fill + s;
  }
}
