package org.patchreview.c;

import java.util.List;

/**
 * One file of unpreprocessed C parsed by {@link SourceParser}: the syntax tree of its first reading, and the line
 * counts {@code spatch --parse-c} reports. Every line is {@code good} (in a declaration that parsed, or a blank,
 * comment or directive line), {@code passed} (left out by conditional compilation in every reading) or {@code bad}
 * (in a declaration that did not parse in any reading that included it). A file whose {@code #error} is reached
 * under known conditions (an assembly-only header) is not parsed: all its lines are passed and {@code note} says why.
 */
public record FileParse(String path, TranslationUnit unit, int lines, int good, int passed, int bad, int functions,
    int readings, List<TopLevel> failures, String note) {
  /** Good and passed lines over all lines, in percent, as spatch counts them. */
  public double percentGood() {
    return lines == 0 ? 100.0 : 100.0 * (good + passed) / lines;
  }
}
