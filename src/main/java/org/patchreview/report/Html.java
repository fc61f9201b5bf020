package org.patchreview.report;

import org.apache.commons.text.StringEscapeUtils;

/** Escaping for the HTML report: everything from the mail, the C or the model goes through here. */
final class Html {
  private Html() {}

  /** Text or a double-quoted attribute value, with markup characters as entities (commons-text). */
  static String esc(String s) {
    return StringEscapeUtils.escapeHtml4(s);
  }
}
