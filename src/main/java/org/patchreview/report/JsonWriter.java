package org.patchreview.report;

import org.apache.commons.text.StringEscapeUtils;

/** A small streaming JSON writer: objects, arrays, strings escaped by commons-text, two-space indentation. */
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
    out.append('"').append(StringEscapeUtils.escapeJson(name)).append("\": ");
    pendingName = true;
    return this;
  }

  private boolean pendingName;

  JsonWriter string(String s) {
    return value(s == null ? "null" : "\"" + StringEscapeUtils.escapeJson(s) + "\"");
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

  @Override
  public String toString() {
    return out.toString() + "\n";
  }
}
