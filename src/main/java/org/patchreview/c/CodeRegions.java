package org.patchreview.c;

import java.util.List;

/** Which tokens of a file lie inside function bodies, found from braces alone (for the unpreprocessed token pass). */
final class CodeRegions {
  private CodeRegions() {}

  /**
   * A brace block opened at file scope is a function body when it follows a {@code )} or an attribute, or a name
   * that is not a {@code struct}/{@code union}/{@code enum} tag; everything nested in it is code.
   */
  static boolean[] inFunctionBodies(List<CToken> tokens) {
    boolean[] code = new boolean[tokens.size()];
    int depth = 0;
    boolean body = false;
    for (int i = 0; i < tokens.size(); i++) {
      int type = tokens.get(i).getType();
      if (type == TokenTypes.LBRACE) {
        if (depth == 0) {
          body = i > 0 && opensBody(tokens, i);
        }
        depth++;
      } else if (type == TokenTypes.RBRACE && depth > 0) {
        depth--;
      }
      code[i] = body && depth > 0;
    }
    return code;
  }

  private static boolean opensBody(List<CToken> tokens, int brace) {
    CToken prev = tokens.get(brace - 1);
    if (prev.getType() == TokenTypes.RPAREN || RawRetyper.isAnnotation(prev)) {
      return true;
    }
    return RawRetyper.isIdentifier(prev) && !(brace > 1 && RawRetyper.isTag(tokens.get(brace - 2)));
  }
}
