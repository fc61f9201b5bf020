package org.patchreview.c;

/** Where a piece of C came from: file (tree-relative path), line and column (both 1-based). */
public record Span(String file, int line, int column) {
  public static final Span NONE = new Span("", 0, 0);

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }

  /** {@code file:line}, the form reports use. */
  public String fileLine() {
    return file + ":" + line;
  }
}
