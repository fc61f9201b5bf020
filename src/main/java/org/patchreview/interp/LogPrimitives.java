package org.patchreview.interp;

import java.util.Map;

/** printk and dev_printk with their log levels, WARN_ON and BUG. */
final class LogPrimitives {
  private LogPrimitives() {}

  static void register(Map<String, Primitive> p) {
    p.put("printk", (m, a, s) -> {
      String text = Printf.format(m, Primitives.pointer(a[0]), a, 1, s);
      log(m, text, s, "");
      return text.length();
    });
    p.put("dev_printk", (m, a, s) -> {
      String level = m.memory().readString(Primitives.pointer(a[0]), 8, s);
      String text = Printf.format(m, Primitives.pointer(a[2]), a, 3, s);
      log(m, level + deviceName(m, Primitives.pointer(a[1]), s) + ": " + text, s, "");
      return 0;
    });
    p.put("__warn_on", (m, a, s) -> {
      if (a[0] != 0) {
        m.listener().warning(m.faultRecord(FaultKind.BUG, "WARNING: " + s.expression(), s, null));
      }
      return a[0] != 0 ? 1 : 0;
    });
    p.put("__warn_printf", (m, a, s) -> {
      if (a[0] != 0) {
        // WARN(cond, fmt, ...): the kernel prints the message with the warning; it is the warning's text here.
        String text = Printf.format(m, Primitives.pointer(a[1]), a, 2, s).strip();
        m.listener().warning(m.faultRecord(FaultKind.BUG, "WARNING: " + text, s, null));
      }
      return a[0] != 0 ? 1 : 0;
    });
    p.put("__bug", (m, a, s) -> {
      throw new Oops(m.faultRecord(FaultKind.BUG, "BUG() reached", s, null));
    });
  }

  /** The kernel names a device by its {@code init_name} (our model keeps the name there) or the object. */
  static String deviceName(Machine m, long dev, Site s) {
    if (dev == 0) {
      return "(NULL device *)";
    }
    // dev_name(): the kobject's name once the device is added, init_name before.
    long kobj = m.program().struct("device").flatMap(d -> d.layout().find("kobj")).map(f -> (long) f.offset())
        .orElse(-1L);
    if (kobj >= 0 && m.hasField("kobject", "name")) {
      long name = m.readField(dev + kobj, "kobject", "name", s);
      if (name != 0) {
        return m.memory().readString(name, 256, s);
      }
    }
    if (m.hasField("device", "init_name")) {
      long name = m.readField(dev, "device", "init_name", s);
      if (name != 0) {
        return m.memory().readString(name, 256, s);
      }
    }
    return m.memory().describe(dev);
  }

  /** Splits the {@code KERN_*} prefix (SOH and a digit) off and hands the line to the listener. */
  private static void log(Machine m, String text, Site s, String prefix) {
    int level = 4;
    String body = text;
    while (body.length() >= 2 && body.charAt(0) == '\u0001') {
      char c = body.charAt(1);
      if (c >= '0' && c <= '7') {
        level = c - '0';
      }
      body = body.substring(2);
    }
    if (body.endsWith("\n")) {
      body = body.substring(0, body.length() - 1);
    }
    m.listener().log(level, prefix + body, s.span());
  }
}
