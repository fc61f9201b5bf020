package org.patchreview.hw;

/** Where something was written in Device Tree source: file, 1-based line and 1-based column. */
public record SourcePos(String file, int line, int column) {

  /** A position for things that were never written down (a node created by a merge). */
  public static final SourcePos NONE = new SourcePos("", 0, 0);

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
