package org.patchreview.c;

import java.util.HashSet;
import java.util.Set;
import org.patchreview.grammar.KernelCLexer;

/**
 * The token pass that keeps the grammar unambiguous: it learns the names declared by {@code typedef} and retypes
 * later uses of them to {@code TypedefName}. A name is left an identifier where C would read it as one: after
 * {@code .}, {@code ->}, {@code struct}/{@code union}/{@code enum}, {@code goto}, or right after a complete type
 * ({@code phandle phandle;} declares a member named like its type).
 */
final class TypedefRetyper {
  private final Set<String> names;
  private CToken previous;
  private CToken beforePrevious;

  // State of the typedef declaration being read, if any.
  private boolean inTypedef;
  private int braceDepth;
  private int parenDepth;
  private boolean nameFound;
  private int attributeDepth = -1;
  private boolean typeSeen;
  private final boolean inferred;

  TypedefRetyper() {
    this(Set.of());
  }

  /**
   * A pass that also takes {@code known} for typedef names: inferred ones, for unpreprocessed code, where the name a
   * typedef declares may already be known from its uses and is then still read as the declared name.
   */
  TypedefRetyper(Set<String> known) {
    this.names = new HashSet<>(known);
    this.inferred = !known.isEmpty();
  }

  CToken next(CToken t) {
    CToken out = retype(t);
    if (out.getType() == TokenTypes.TYPEDEF && braceDepth == 0) {
      inTypedef = true;
      parenDepth = 0;
      nameFound = false;
      typeSeen = false;
    } else if (inTypedef) {
      track(out);
    } else {
      trackBraces(out);
    }
    beforePrevious = previous;
    previous = out;
    return out;
  }

  private CToken retype(CToken t) {
    if (t.getType() != KernelCLexer.Identifier || !names.contains(t.getText()) || readsAsIdentifier()) {
      return t;
    }
    if (inferred && inTypedef && braceDepth == 0 && typeSeen && !nameFound && attributeDepth < 0) {
      return t;
    }
    return t.retyped(org.patchreview.grammar.KernelCParser.TypedefName);
  }

  private boolean readsAsIdentifier() {
    if (previous == null) {
      return false;
    }
    int p = previous.getType();
    if (p == TokenTypes.DOT || p == TokenTypes.ARROW || p == TokenTypes.STRUCT || p == TokenTypes.UNION
        || p == TokenTypes.ENUM || p == TokenTypes.GOTO || p == org.patchreview.grammar.KernelCParser.TypedefName
        || TokenTypes.isBaseTypeKeyword(previous.getText())) {
      return true;
    }
    if (p == KernelCLexer.Identifier && beforePrevious != null) {
      int b = beforePrevious.getType();
      return b == TokenTypes.STRUCT || b == TokenTypes.UNION || b == TokenTypes.ENUM;
    }
    return false;
  }

  private void trackBraces(CToken t) {
    int type = t.getType();
    if (type == TokenTypes.LBRACE) {
      braceDepth++;
    } else if (type == TokenTypes.RBRACE && braceDepth > 0) {
      braceDepth--;
    }
  }

  private void track(CToken t) {
    int type = t.getType();
    if (type == TokenTypes.LBRACE) {
      braceDepth++;
      return;
    }
    if (type == TokenTypes.RBRACE) {
      braceDepth = Math.max(0, braceDepth - 1);
      typeSeen |= braceDepth == 0;
      return;
    }
    if (braceDepth > 0) {
      return;
    }
    if (type == org.patchreview.grammar.KernelCParser.TypedefName || TokenTypes.isBaseTypeKeyword(t.getText())
        || type == KernelCLexer.Identifier && afterTagKeyword()) {
      typeSeen = true;
    }
    if (type == TokenTypes.ATTRIBUTE || type == TokenTypes.ATTRIBUTE2 || type == KernelCLexer.AnnotationWithArgs) {
      attributeDepth = parenDepth;
      return;
    }
    if (type == TokenTypes.LPAREN) {
      parenDepth++;
    } else if (type == TokenTypes.RPAREN) {
      parenDepth--;
      if (parenDepth == attributeDepth) {
        attributeDepth = -1;
      }
    } else if (type == TokenTypes.SEMI && parenDepth == 0) {
      inTypedef = false;
    } else if (type == TokenTypes.COMMA && parenDepth == 0) {
      nameFound = false;
    } else if (type == KernelCLexer.Identifier && !nameFound && attributeDepth < 0 && !afterTagKeyword()) {
      names.add(t.getText());
      nameFound = true;
    }
  }

  private boolean afterTagKeyword() {
    if (previous == null) {
      return false;
    }
    int p = previous.getType();
    return p == TokenTypes.STRUCT || p == TokenTypes.UNION || p == TokenTypes.ENUM;
  }
}
