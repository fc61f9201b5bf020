package org.patchreview.report;

import org.apache.commons.text.WordUtils;

/** Lines, wrapped to the width with a hanging indent of four more spaces, each coloured as a whole. */
final class TextOut {
  private final StringBuilder b = new StringBuilder();
  private final TextRenderer.Style style;

  TextOut(TextRenderer.Style style) {
    this.style = style;
  }

  void blank() {
    b.append('\n');
  }

  /** A table row: never wrapped, since its columns only line up whole. */
  void table(String text) {
    emit(text, null);
  }

  void line(String text, String sgr) {
    int indent = 0;
    while (indent < text.length() && text.charAt(indent) == ' ') {
      indent++;
    }
    if (text.length() <= style.width()) {
      emit(text, sgr);
      return;
    }
    String pad = " ".repeat(indent);
    String[] parts = WordUtils.wrap(text.substring(indent), style.width() - indent - 4, "\n", false).split("\n");
    for (int i = 0; i < parts.length; i++) {
      emit((i == 0 ? pad : pad + "    ") + parts[i], sgr);
    }
  }

  private void emit(String text, String sgr) {
    if (style.colour() && sgr != null) {
      b.append("\u001b[").append(sgr).append('m').append(text).append("\u001b[0m");
    } else {
      b.append(text);
    }
    b.append('\n');
  }

  @Override
  public String toString() {
    return b.toString();
  }
}
