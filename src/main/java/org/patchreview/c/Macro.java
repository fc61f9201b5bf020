package org.patchreview.c;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code #define}: object-like when {@code params} is null; a variadic macro's last parameter is
 * {@code __VA_ARGS__} or the GNU-named one ({@code args...}).
 */
record Macro(String name, List<String> params, boolean variadic, List<CToken> body, Span definedAt) {
  boolean functionLike() {
    return params != null;
  }

  int paramIndex(String text) {
    return params == null ? -1 : params.indexOf(text);
  }

  /** The macro a {@code #define} line defines ({@code rest} follows the word define); null after adding an error. */
  static Macro define(List<CToken> rest, List<String> errors) {
    if (rest.isEmpty() || !isName(rest.get(0))) {
      errors.add("#define needs a macro name");
      return null;
    }
    CToken name = rest.get(0);
    List<String> params = null;
    boolean variadic = false;
    int bodyStart = 1;
    if (rest.size() > 1 && rest.get(1).getText().equals("(") && !rest.get(1).spaceBefore()) {
      params = new ArrayList<>();
      int i = 2;
      for (; i < rest.size() && !rest.get(i).getText().equals(")"); i++) {
        String p = rest.get(i).getText();
        if (p.equals(",")) {
          continue;
        }
        if (p.equals("...")) {
          params.add("__VA_ARGS__");
          variadic = true;
        } else if (i + 1 < rest.size() && rest.get(i + 1).getText().equals("...")) {
          params.add(p);
          variadic = true;
          i++;
        } else {
          params.add(p);
        }
      }
      if (i >= rest.size()) {
        errors.add("missing ')' in the parameter list of macro " + name.getText());
        return null;
      }
      bodyStart = i + 1;
    }
    List<CToken> body = List.copyOf(rest.subList(bodyStart, rest.size()));
    return new Macro(name.getText(), params == null ? null : List.copyOf(params), variadic, body, name.span());
  }

  private static boolean isName(CToken t) {
    String s = t.getText();
    return !s.isEmpty() && (Character.isLetter(s.charAt(0)) || s.charAt(0) == '_');
  }
}
