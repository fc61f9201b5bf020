package org.patchreview.diff;

/** The text of a source line in the tree before or after the patch, for quoting the statements where runs part. */
@FunctionalInterface
public interface SourceText {
  /** Line {@code line} (1-based) of {@code file} in the tree after the patch ({@code after}) or before it; or "". */
  String line(boolean after, String file, int line);

  SourceText NONE = (after, file, line) -> "";
}
