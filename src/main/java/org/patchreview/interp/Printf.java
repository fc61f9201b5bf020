package org.patchreview.interp;

/**
 * The kernel's printf subset: {@code %d %i %u %x %X %o %c %s %p %%} with flags, width, precision and the
 * {@code h hh l ll z t} length modifiers, plus {@code %pOF} (a device-tree node's path), {@code %pa}/{@code %pad}
 * (physical and DMA addresses). {@code %p} prints the object a pointer points to, so logs compare across runs.
 */
final class Printf {
  private Printf() {}

  static String format(Machine m, long fmtAddress, long[] args, int first, Site site) {
    String fmt = m.memory().readString(fmtAddress, 4096, site);
    StringBuilder out = new StringBuilder();
    int arg = first;
    int i = 0;
    while (i < fmt.length()) {
      char c = fmt.charAt(i++);
      if (c != '%' || i >= fmt.length()) {
        out.append(c);
        continue;
      }
      int start = i;
      while (i < fmt.length() && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
        i++;
      }
      String flags = fmt.substring(start, i);
      int width = 0;
      while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
        width = width * 10 + (fmt.charAt(i++) - '0');
      }
      int precision = -1;
      if (i < fmt.length() && fmt.charAt(i) == '.') {
        i++;
        precision = 0;
        while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
          precision = precision * 10 + (fmt.charAt(i++) - '0');
        }
      }
      int longs = 0;
      while (i < fmt.length() && "hlzt".indexOf(fmt.charAt(i)) >= 0) {
        longs += fmt.charAt(i++) == 'l' ? 1 : 0;
      }
      if (i >= fmt.length()) {
        break;
      }
      char conv = fmt.charAt(i++);
      if (conv == '%') {
        out.append('%');
        continue;
      }
      long v = arg < args.length ? args[arg++] : 0;
      String text;
      switch (conv) {
        case 'd', 'i' -> text = Long.toString(longs >= 2 ? v : (int) v);
        case 'u' -> text = Long.toUnsignedString(longs >= 2 ? v : v & 0xFFFFFFFFL);
        case 'x' -> text = Long.toHexString(longs >= 2 ? v : v & 0xFFFFFFFFL);
        case 'X' -> text = Long.toHexString(longs >= 2 ? v : v & 0xFFFFFFFFL).toUpperCase(java.util.Locale.ROOT);
        case 'o' -> text = Long.toOctalString(longs >= 2 ? v : v & 0xFFFFFFFFL);
        case 'c' -> text = String.valueOf((char) (v & 0xFF));
        case 's' -> {
          long p = Primitives.pointer(v);
          text = p == 0 ? "(null)" : m.memory().readString(p, precision >= 0 ? precision : 4096, site);
        }
        case 'p' -> {
          StringBuilder ext = new StringBuilder();
          while (i < fmt.length() && Character.isLetterOrDigit(fmt.charAt(i))) {
            ext.append(fmt.charAt(i++));
          }
          text = pointer(m, v, ext.toString(), site);
        }
        default -> text = "%" + conv;
      }
      if (flags.contains("#") && (conv == 'x' || conv == 'X')) {
        text = "0x" + text;
      }
      out.append(pad(text, width, flags.contains("-"), flags.contains("0") && conv != 's'));
    }
    return out.toString();
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
    if (zero && !left && s.startsWith("-")) {
      return "-" + fill + s.substring(1);
    }
    return left ? s + fill : fill + s;
  }
}
