package org.patchreview.report;

/**
 * A small streaming JSON writer: objects, arrays, escaped strings, two-space indentation. An object or array that
 * holds only scalars is written on one line ({@code {"file": "a.c", "line": 3}}): a report is a few thousand such
 * records, and one per line keeps it readable with a third of the lines and bytes.
 */
final class JsonWriter {
  private final StringBuilder out = new StringBuilder();
  private int depth;
  private boolean first = true;
  /** Per open container: where its bracket is in {@link #out}; negative once it holds a container. */
  private final java.util.ArrayDeque<int[]> open = new java.util.ArrayDeque<>();

  JsonWriter beginObject() {
    return begin("{");
  }

  private JsonWriter begin(String bracket) {
    int[] parent = open.peek();
    if (parent != null) {
      parent[1] = 1;
    }
    value(bracket);
    open.push(new int[] {out.length() - 1, 0});
    depth++;
    first = true;
    return this;
  }

  JsonWriter endObject() {
    return close("}");
  }

  JsonWriter beginArray() {
    return begin("[");
  }

  JsonWriter endArray() {
    return close("]");
  }

  private JsonWriter close(String bracket) {
    depth--;
    int[] container = open.pop();
    if (!first && container[1] == 0) {
      flatten(container[0]);
    } else if (!first) {
      newline();
    }
    out.append(bracket);
    first = false;
    return this;
  }

  /**
   * Puts the members written since the bracket at {@code start} on its line: each member sits on a line of its own
   * after its indentation, and no member spans lines (strings escape their line breaks).
   */
  private void flatten(int start) {
    // In place: each line break and the indentation after it go; the first (the bracket's own line) leaves nothing,
    // the others a space, and what stood between the bracket and the first break (nothing) goes too.
    int end = out.length();
    int to = start + 1;
    int from = start + 1;
    while (from < end && out.charAt(from) != '\n') {
      from++;
    }
    boolean firstLine = true;
    while (from < end) {
      from++;   // the line break
      while (from < end && Character.isWhitespace(out.charAt(from)) && out.charAt(from) != '\n') {
        from++;
      }
      if (!firstLine) {
        out.setCharAt(to++, ' ');
      }
      firstLine = false;
      while (from < end && out.charAt(from) != '\n') {
        out.setCharAt(to++, out.charAt(from++));
      }
    }
    out.setLength(to);
  }

  JsonWriter name(String name) {
    separator();
    out.append('"');
    escape(name, out);
    out.append("\": ");
    pendingName = true;
    return this;
  }

  private boolean pendingName;

  JsonWriter string(String s) {
    if (s == null) {
      return value("null");
    }
    if (!pendingName) {
      separator();
    }
    pendingName = false;
    out.append('"');
    escape(s, out);
    out.append('"');
    first = false;
    return this;
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
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  /** JSON string escaping (RFC 8259): quotes, backslashes and control characters; '/' and non-ASCII stay as they are. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    escape(s, b);
    return b.toString();
  }

  /** The same, appended to {@code b}; a string with nothing to escape (most) is appended whole. */
  private static void escape(String s, StringBuilder b) {
    int n = s.length();
    int i = 0;
    while (i < n && !needsEscape(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      b.append(s);
      return;
    }
    b.append(s, 0, i);
    for (; i < n; i++) {
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
  }

  private static boolean needsEscape(char c) {
    return c < 0x20 || c == '"' || c == '\\' || c == 0x2028 || c == 0x2029;
  }

  @Override
  public String toString() {
    return out.toString() + "\n";
  }
}
