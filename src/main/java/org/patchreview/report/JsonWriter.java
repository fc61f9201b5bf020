package org.patchreview.report;

/** A small streaming JSON writer: objects, arrays, escaped strings, two-space indentation. */
final class JsonWriter {
  private final StringBuilder out = new StringBuilder();
  private int depth;
  private boolean first = true;

  JsonWriter beginObject() {
    value("{");
    depth++;
    first = true;
    return this;
  }

  JsonWriter endObject() {
    return close("}");
  }

  JsonWriter beginArray() {
    value("[");
    depth++;
    first = true;
    return this;
  }

  JsonWriter endArray() {
    return close("]");
  }

  private JsonWriter close(String bracket) {
    depth--;
    if (!first) {
      newline();
    }
    out.append(bracket);
    first = false;
    return this;
  }

  JsonWriter name(String name) {
    separator();
    out.append('"').append(escape(name)).append("\": ");
    pendingName = true;
    return this;
  }

  private boolean pendingName;

  JsonWriter string(String s) {
    return value(s == null ? "null" : "\"" + escape(s) + "\"");
  }

  JsonWriter number(long n) {
    return value(Long.toString(n));
  }

  JsonWriter number(double n) {
    return value(String.format(java.util.Locale.ROOT, "%.3f", n));
  }

  JsonWriter bool(boolean b) {
    return value(Boolean.toString(b));
  }

  JsonWriter nil() {
    return value("null");
  }

  JsonWriter field(String name, String value) {
    return name(name).string(value);
  }

  JsonWriter field(String name, long value) {
    return name(name).number(value);
  }

  private JsonWriter value(String text) {
    if (!pendingName) {
      separator();
    }
    pendingName = false;
    out.append(text);
    first = false;
    return this;
  }

  private void separator() {
    if (depth > 0) {
      if (!first) {
        out.append(',');
      }
      newline();
    }
  }

  private void newline() {
    out.append('\n');
    out.append("  ".repeat(Math.max(depth, 0)));
  }

  /** JSON string escaping (RFC 8259): quotes, backslashes and control characters; '/' and non-ASCII stay as they are. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return out.toString() + "\n";
  }
}
