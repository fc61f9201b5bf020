package org.patchreview.c;

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
}
