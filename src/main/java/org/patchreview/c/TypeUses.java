package org.patchreview.c;

import java.util.List;
import java.util.Set;
import org.patchreview.grammar.KernelCLexer;

/**
 * Typedef inference for unpreprocessed code: finds the names a file uses in type position. Each rule matches only
 * token sequences that are not valid as expressions, so a variable is never taken for a type:
 * <ul>
 *   <li>{@code T x;} {@code T x = } {@code T x,} {@code T x[} {@code T x)} {@code T x(} {@code T x:} at the start
 *       of a declaration or a parameter ({@code T} and {@code x} names, attributes and qualifiers between);
 *   <li>{@code T *x;} (any number of stars) at the start of a declaration, and in parameter lists outside function
 *       bodies ({@code f(T *x, ...)} is a multiplication inside one);
 *   <li>the casts {@code (T)x}, {@code (T)42}, {@code (T)~x}, {@code (T)!x}, {@code (T)sizeof} after an operator, and
 *       {@code (T *)} anywhere.
 * </ul>
 */
final class TypeUses {
  private TypeUses() {}

  static void infer(List<CToken> tokens, boolean[] code, Set<String> out) {
    for (int i = 0; i < tokens.size(); i++) {
      CToken t = tokens.get(i);
      if (!RawRetyper.isIdentifier(t)) {
        continue;
      }
      CToken prev = i > 0 ? tokens.get(i - 1) : null;
      if (declaredWith(tokens, i, prev, code[i]) || castTo(tokens, i, prev)) {
        out.add(t.getText());
      }
    }
  }

  /** {@code T x...} or {@code T *x...} where a declaration or parameter may start. */
  private static boolean declaredWith(List<CToken> tokens, int i, CToken prev, boolean inCode) {
    boolean start = RawRetyper.declarationStart(prev);
    boolean parameter = prev != null && (prev.getType() == TokenTypes.LPAREN || prev.getType() == TokenTypes.COMMA);
    if (!start && !parameter) {
      return false;
    }
    int j = skipAttributes(tokens, i + 1);
    int stars = 0;
    while (j < tokens.size() && tokens.get(j).getType() == TokenTypes.STAR) {
      stars++;
      j = skipAttributes(tokens, j + 1);
    }
    if (stars > 0 && parameter && (inCode || !inParameterList(tokens, i))) {
      return false;
    }
    if (j >= tokens.size() || !RawRetyper.isIdentifier(tokens.get(j)) || j + 1 >= tokens.size()) {
      return false;
    }
    CToken after = tokens.get(j + 1);
    int a = after.getType();
    if (a == TokenTypes.SEMI || a == TokenTypes.COMMA || a == TokenTypes.LBRACKET || a == TokenTypes.RPAREN
        || after.getText().equals("=") || RawRetyper.isAnnotation(after)
        || a == KernelCLexer.AnnotationWithArgs || a == TokenTypes.ATTRIBUTE) {
      return true;
    }
    // T x( and T x: only without stars: a * b(c) and a * b : c are expressions.
    return stars == 0 && (a == TokenTypes.LPAREN || after.getText().equals(":"));
  }

  /** Whether the innermost parenthesis open at {@code i} follows a name or a parenthesis, as a parameter list does. */
  private static boolean inParameterList(List<CToken> tokens, int i) {
    int depth = 0;
    for (int k = i - 1; k > 0; k--) {
      int type = tokens.get(k).getType();
      if (type == TokenTypes.RPAREN) {
        depth++;
      } else if (type == TokenTypes.LPAREN && depth-- == 0) {
        CToken before = tokens.get(k - 1);
        return RawRetyper.isIdentifier(before) || before.getType() == TokenTypes.RPAREN;
      } else if (type == TokenTypes.SEMI || type == TokenTypes.LBRACE || type == TokenTypes.RBRACE) {
        return false;
      }
    }
    return false;
  }

  /** {@code (T)} followed by an operand, after an operator; or {@code (T *)}. */
  private static boolean castTo(List<CToken> tokens, int i, CToken open) {
    if (open == null || open.getType() != TokenTypes.LPAREN) {
      return false;
    }
    int j = skipAttributes(tokens, i + 1);
    if (j >= tokens.size()) {
      return false;
    }
    if (tokens.get(j).getType() == TokenTypes.STAR) {
      while (j < tokens.size() && tokens.get(j).getType() == TokenTypes.STAR) {
        j = skipAttributes(tokens, j + 1);
      }
      return j < tokens.size() && tokens.get(j).getType() == TokenTypes.RPAREN;
    }
    if (tokens.get(j).getType() != TokenTypes.RPAREN || j + 1 >= tokens.size() || i < 2) {
      return false;
    }
    return operandStart(tokens.get(j + 1)) && operatorBefore(tokens.get(i - 2));
  }

  private static boolean operandStart(CToken t) {
    int type = t.getType();
    return RawRetyper.isIdentifier(t) || type == KernelCLexer.IntegerConstant
        || type == KernelCLexer.CharacterConstant || type == KernelCLexer.FloatingConstant
        || t.getText().equals("~") || t.getText().equals("!") || t.getText().equals("sizeof");
  }

  /** Whether a token ends no operand: an operator, an opening bracket, a separator, or return/case. */
  private static boolean operatorBefore(CToken t) {
    String s = t.getText();
    if (s.equals("return") || s.equals("case")) {
      return true;
    }
    int type = t.getType();
    return !Character.isJavaIdentifierStart(s.charAt(0)) && type != KernelCLexer.IntegerConstant
        && type != KernelCLexer.CharacterConstant && type != KernelCLexer.FloatingConstant
        && type != KernelCLexer.StringLiteral && type != TokenTypes.RPAREN && type != TokenTypes.RBRACKET;
  }

  /** The index after any qualifiers and attributes ({@code __iomem}, {@code __attribute__((...))}) from {@code i}. */
  static int skipAttributes(List<CToken> tokens, int i) {
    int j = i;
    while (j < tokens.size()) {
      CToken t = tokens.get(j);
      if (RawRetyper.isAnnotation(t)) {
        j++;
      } else if ((t.getType() == KernelCLexer.AnnotationWithArgs || t.getType() == TokenTypes.ATTRIBUTE
          || t.getType() == TokenTypes.ATTRIBUTE2) && j + 1 < tokens.size()
          && tokens.get(j + 1).getType() == TokenTypes.LPAREN) {
        j = closing(tokens, j + 1) + 1;
      } else {
        return j;
      }
    }
    return j;
  }

  /** The index of the parenthesis closing the one at {@code open} (or the last index). */
  static int closing(List<CToken> tokens, int open) {
    int depth = 0;
    for (int k = open; k < tokens.size(); k++) {
      int type = tokens.get(k).getType();
      if (type == TokenTypes.LPAREN) {
        depth++;
      } else if (type == TokenTypes.RPAREN && --depth == 0) {
        return k;
      }
    }
    return tokens.size() - 1;
  }
}
