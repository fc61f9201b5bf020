package org.patchreview.c;

import java.util.ArrayList;
import java.util.List;
import org.patchreview.grammar.KernelCLexer;

/**
 * Cuts a run of tokens into top-level declarations without parsing them, so that each is parsed on its own and one
 * that does not parse loses nothing else. A declaration ends at a {@code ;} outside brackets, or at the {@code }}
 * closing a function body (a brace block not opened after {@code =} or a {@code struct}/{@code union}/{@code enum}
 * head); a lone top-level macro call ({@code EXPORT_SYMBOL(f)}) with no {@code ;} ends at the end of its line when
 * the next line starts in column 0.
 */
final class TopLevelSplitter {
  private TopLevelSplitter() {}

  static List<List<CToken>> split(List<CToken> tokens) {
    return split(tokens, true);
  }

  /**
   * The same without the guess at lone macro calls: cut only where a top-level declaration of the grammar must end and
   * none can go on (after a {@code ;} outside brackets, or a function body's closing brace).
   */
  static List<List<CToken>> declarations(List<CToken> tokens) {
    return split(tokens, false);
  }

  private static List<List<CToken>> split(List<CToken> tokens, boolean loneMacros) {
    List<List<CToken>> out = new ArrayList<>();
    Cut cut = new Cut(tokens, loneMacros);
    for (int i = 0; i < tokens.size(); i++) {
      if (cut.endsAt(i)) {
        out.add(tokens.subList(cut.start, i + 1));
        cut = new Cut(tokens, loneMacros);
        cut.start = i + 1;
      }
    }
    if (cut.start < tokens.size()) {
      out.add(tokens.subList(cut.start, tokens.size()));
    }
    return out;
  }

  /** The state of the declaration being cut: bracket depth and where its last tag, parenthesis and = were. */
  private static final class Cut {
    final List<CToken> tokens;
    final boolean loneMacros;
    int start;
    int depth;
    int lastTag = -1;
    int lastParen = -1;
    int lastAssign = -1;
    boolean functionBody;
    boolean attributeParen;

    Cut(List<CToken> tokens, boolean loneMacros) {
      this.tokens = tokens;
      this.loneMacros = loneMacros;
    }

    boolean endsAt(int i) {
      CToken t = tokens.get(i);
      int type = t.getType();
      if (type == TokenTypes.LBRACE || type == TokenTypes.LPAREN || type == TokenTypes.LBRACKET) {
        if (depth == 0 && type == TokenTypes.LBRACE) {
          functionBody = lastAssign < 0 && lastTag <= lastParen;
        } else if (depth == 0 && type == TokenTypes.LPAREN) {
          attributeParen = i > start && isAttributeWord(tokens.get(i - 1));
        }
        depth++;
        return false;
      }
      if (type == TokenTypes.RBRACE || type == TokenTypes.RPAREN || type == TokenTypes.RBRACKET) {
        depth = Math.max(0, depth - 1);
        if (depth == 0 && type == TokenTypes.RBRACE) {
          return functionBody;
        }
        if (depth == 0 && type == TokenTypes.RPAREN) {
          lastParen = attributeParen ? lastParen : i;
          return loneMacros && loneMacroCall(tokens, start, i);
        }
        return false;
      }
      if (depth == 0 && (type == TokenTypes.STRUCT || type == TokenTypes.UNION || type == TokenTypes.ENUM)) {
        lastTag = i;
      } else if (depth == 0 && t.getText().equals("=")) {
        lastAssign = i;
      }
      return depth == 0 && type == TokenTypes.SEMI;
    }
  }

  /** {@code NAME(...)} alone, then a new line starting in column 0 with something other than {@code ;} or {@code {}. */
  private static boolean loneMacroCall(List<CToken> tokens, int start, int close) {
    if (close + 1 >= tokens.size() || tokens.get(start).getType() != KernelCLexer.Identifier
        || tokens.get(start + 1).getType() != TokenTypes.LPAREN) {
      return false;
    }
    CToken next = tokens.get(close + 1);
    if (next.getLine() == tokens.get(close).getLine() || next.getCharPositionInLine() != 0) {
      return false;
    }
    int nt = next.getType();
    if (nt == TokenTypes.SEMI || nt == TokenTypes.LBRACE || nt == TokenTypes.COMMA || next.getText().equals("=")) {
      return false;
    }
    int depth = 0;
    for (int i = start + 1; i < close; i++) {
      int type = tokens.get(i).getType();
      if (type == TokenTypes.LPAREN) {
        depth++;
      } else if (type == TokenTypes.RPAREN) {
        depth--;
      }
      if (depth == 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAttributeWord(CToken t) {
    int type = t.getType();
    return type == TokenTypes.ATTRIBUTE || type == TokenTypes.ATTRIBUTE2 || type == KernelCLexer.AnnotationWithArgs
        || t.getText().equals("asm") || t.getText().equals("__asm__") || t.getText().equals("__asm");
  }
}
