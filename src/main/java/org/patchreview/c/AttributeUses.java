package org.patchreview.c;

import java.util.List;
import org.patchreview.grammar.KernelCLexer;

/**
 * Finds attribute macros the token pass does not know by name, from where they stand (after typedef names are
 * retyped). Each position is one where C allows no name, so nothing else is taken for an attribute:
 * <ul>
 *   <li>between a complete type and a declarator: {@code int __init f(void)}, {@code u32 __iomem *p};
 *   <li>after a declarator, before {@code ;}, {@code =}, {@code ,} or (after a parameter list outside function
 *       bodies) {@code {}: {@code int x __initdata;}, {@code void f(void) __acquires(l) {};
 *   <li>a {@code __}-name at the start of a declaration, before a type: {@code static __cold int f(void)}.
 * </ul>
 */
final class AttributeUses {
  private AttributeUses() {}

  static void classify(List<CToken> tokens, boolean[] code) {
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CToken t = tokens.get(i);
      if (!RawRetyper.isIdentifier(t)) {
        continue;
      }
      CToken prev = tokens.get(i - 1);
      boolean args = tokens.get(i + 1).getType() == TokenTypes.LPAREN;
      int after = args ? TypeUses.closing(tokens, i + 1) + 1 : i + 1;
      if (after >= tokens.size()) {
        continue;
      }
      CToken next = tokens.get(after);
      if (!args && afterType(tokens, i, prev, next) || afterDeclarator(tokens, i, next, code[i])
          || beforeType(prev, t, next)) {
        tokens.set(i, t.retyped(args ? KernelCLexer.AnnotationWithArgs : KernelCLexer.Annotation));
      }
    }
  }

  /** {@code TYPE X name} or {@code TYPE X *}. */
  private static boolean afterType(List<CToken> tokens, int i, CToken prev, CToken next) {
    boolean type = RawRetyper.isBaseType(prev) || RawRetyper.isTypedefName(prev)
        || RawRetyper.isIdentifier(prev) && i > 1 && RawRetyper.isTag(tokens.get(i - 2));
    return type && (RawRetyper.isIdentifier(next) || next.getType() == TokenTypes.STAR);
  }

  /**
   * {@code name X ;}, {@code name[N] X =}, and outside function bodies {@code f(void) X ;} or {@code f(void) X {}
   * (a parameter list: the parenthesis follows a name or another parameter list, so never a cast).
   */
  private static boolean afterDeclarator(List<CToken> tokens, int i, CToken next, boolean inCode) {
    CToken prev = tokens.get(i - 1);
    int p = prev.getType();
    int n = next.getType();
    boolean attributeNext = RawRetyper.isAnnotation(next) || n == TokenTypes.ATTRIBUTE
        || n == KernelCLexer.AnnotationWithArgs;
    if (p == TokenTypes.RPAREN) {
      return !inCode && (n == TokenTypes.SEMI || n == TokenTypes.LBRACE || attributeNext)
          && parameterList(tokens, i - 1);
    }
    boolean declarator = RawRetyper.isIdentifier(prev) && !(i > 1 && RawRetyper.isTag(tokens.get(i - 2)))
        || p == TokenTypes.RBRACKET;
    return declarator && (n == TokenTypes.SEMI || n == TokenTypes.COMMA || next.getText().equals("=")
        || attributeNext);
  }

  /** Whether the parenthesis closing at {@code close} opened right after a name or another parenthesis. */
  private static boolean parameterList(List<CToken> tokens, int close) {
    int depth = 0;
    for (int k = close; k >= 0; k--) {
      int type = tokens.get(k).getType();
      if (type == TokenTypes.RPAREN) {
        depth++;
      } else if (type == TokenTypes.LPAREN && --depth == 0) {
        return k > 0 && (RawRetyper.isIdentifier(tokens.get(k - 1))
            || tokens.get(k - 1).getType() == TokenTypes.RPAREN);
      }
    }
    return false;
  }

  /** {@code static __cold int}: a double-underscore name at the start of a declaration, before a type. */
  private static boolean beforeType(CToken prev, CToken t, CToken next) {
    if (!t.getText().startsWith("__") || !RawRetyper.declarationStart(prev)) {
      return false;
    }
    return RawRetyper.isBaseType(next) || RawRetyper.isStorage(next) || RawRetyper.isTag(next)
        || RawRetyper.isTypedefName(next) || RawRetyper.isAnnotation(next);
  }
}
