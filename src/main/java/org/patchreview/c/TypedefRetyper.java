package org.patchreview.c;

import java.util.HashSet;
import java.util.Set;
import org.patchreview.grammar.KernelCLexer;

/**
 * The token pass that keeps the grammar unambiguous: it learns the names declared by {@code typedef} and retypes
 * later uses of them to {@code TypedefName}. A name is left an identifier where C would read it as one: after
 * {@code .}, {@code ->}, {@code struct}/{@code union}/{@code enum}, {@code goto}, or right after a complete type
 * ({@code phandle phandle;} declares a member named like its type), stars between or not ({@code u8 *u8;}). A local
 * variable or parameter declared that way shadows the typedef until its block ends, as in C.
 */
final class TypedefRetyper {
  private final Set<String> names;
  private CToken previous;
  private CToken beforePrevious;

  // State of the typedef declaration being read, if any.
  private boolean inTypedef;
  private int typedefDepth;
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

  // After struct/union/enum and the attributes written there, the next name is a tag, never a typedef name.
  private boolean tagPending;
  private int tagParens;

  /** Per open brace: whether it opened a block (not a struct body or an initialiser), and its shadowing names. */
  private final java.util.ArrayDeque<Set<String>> scopes = new java.util.ArrayDeque<>();
  private final java.util.ArrayDeque<Boolean> blocks = new java.util.ArrayDeque<>();
  private final Set<String> pendingParameters = new HashSet<>();
  private int blockDepth;

  CToken next(CToken t) {
    boolean tag = tagPending && tagParens == 0 && t.getType() == KernelCLexer.Identifier;
    trackTag(t);
    CToken out = tag ? t : retype(t);
    if (!inTypedef && !tag && out.getType() == KernelCLexer.Identifier && names.contains(out.getText())) {
      declares(out.getText());
    }
    if (out.getType() == TokenTypes.TYPEDEF && !inTypedef) {
      // A typedef inside a function names a type for the rest of the file here: block scope is not tracked.
      inTypedef = true;
      typedefDepth = braceDepth;
      parenDepth = 0;
      nameFound = false;
      typeSeen = false;
    } else if (inTypedef) {
      track(out, tag);
    } else {
      trackBraces(out);
    }
    if (out.getType() == TokenTypes.STAR) {
      starsAfterType |= endsType();
    } else if (!qualifier(out)) {
      starsAfterType = false;
    }
    beforePrevious = previous;
    previous = out;
    return out;
  }

  /**
   * Whether the tokens read last are a type and then stars, qualifiers between: the name after them is a
   * declarator's, so {@code u8 *u8;} declares a pointer named u8 (which shadows the type, as in C).
   */
  private boolean starsAfterType;

  /** Whether {@code previous} ends a type: a typedef name, a base type keyword, or a struct, union or enum tag. */
  private boolean endsType() {
    if (previous == null) {
      return false;
    }
    int p = previous.getType();
    if (p == org.patchreview.grammar.KernelCParser.TypedefName || TokenTypes.isBaseTypeKeyword(previous.getText())) {
      return true;
    }
    if (p == KernelCLexer.Identifier && beforePrevious != null) {
      int b = beforePrevious.getType();
      return b == TokenTypes.STRUCT || b == TokenTypes.UNION || b == TokenTypes.ENUM;
    }
    return false;
  }

  private static boolean qualifier(CToken t) {
    if (t.getType() == KernelCLexer.Annotation) {
      return true;
    }
    return switch (t.getText()) {
      case "const", "volatile", "restrict", "__restrict", "__restrict__", "__const", "__volatile__" -> true;
      default -> false;
    };
  }

  private CToken retype(CToken t) {
    if (t.getType() != KernelCLexer.Identifier || !names.contains(t.getText()) || readsAsIdentifier()
        || shadowed(t.getText())) {
      return t;
    }
    if (inferred && inTypedef && braceDepth == typedefDepth && typeSeen && !nameFound && attributeDepth < 0) {
      return t;
    }
    return t.retyped(org.patchreview.grammar.KernelCParser.TypedefName);
  }

  private boolean shadowed(String name) {
    for (Set<String> s : scopes) {
      if (s.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A typedef name kept as an identifier right after a type is being declared: inside a block it is a local that
   * shadows the type; in a parameter list, a parameter that will shadow it in the function's body.
   */
  private void declares(String name) {
    if (!readsAsIdentifier() || previous == null || previous.getType() == TokenTypes.DOT
        || previous.getType() == TokenTypes.ARROW || previous.getType() == TokenTypes.GOTO) {
      return;
    }
    if (blockDepth > 0 && Boolean.TRUE.equals(blocks.peek())) {
      scopes.peek().add(name);
    } else if (parenDepthOutside > 0) {
      pendingParameters.add(name);
    }
  }

  private int parenDepthOutside;

  private boolean readsAsIdentifier() {
    if (previous == null) {
      return false;
    }
    if (starsAfterType) {
      return true;
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
    if (type == TokenTypes.LPAREN) {
      parenDepthOutside++;
    } else if (type == TokenTypes.RPAREN && parenDepthOutside > 0) {
      parenDepthOutside--;
    } else if (type == TokenTypes.SEMI && blockDepth == 0) {
      pendingParameters.clear();
    }
    if (type == TokenTypes.LBRACE) {
      braceDepth++;
      boolean block = opensBlock();
      blocks.push(block);
      Set<String> scope = new HashSet<>();
      if (block && blockDepth == 0) {
        scope.addAll(pendingParameters);
        pendingParameters.clear();
      }
      scopes.push(scope);
      if (block) {
        blockDepth++;
      }
    } else if (type == TokenTypes.RBRACE && braceDepth > 0) {
      braceDepth--;
      if (!blocks.isEmpty() && blocks.pop()) {
        blockDepth--;
      }
      if (!scopes.isEmpty()) {
        scopes.pop();
      }
    }
  }

  /**
   * Whether the brace about to open starts a block: after {@code )} (a function or statement), {@code else},
   * {@code do}, {@code ;}, a brace or a label; not after {@code =} or {@code ,} (an initialiser) or a struct tag.
   */
  private boolean opensBlock() {
    if (previous == null) {
      return false;
    }
    int p = previous.getType();
    if (p == TokenTypes.RPAREN) {
      return true;
    }
    if (blockDepth == 0) {
      return false;
    }
    String text = previous.getText();
    return p == TokenTypes.SEMI || p == TokenTypes.LBRACE || p == TokenTypes.RBRACE || text.equals("else")
        || text.equals("do") || text.equals(":");
  }

  /** Follows {@code struct __packed tag}: the keyword, then attribute specifiers, then the tag if there is one. */
  private void trackTag(CToken t) {
    int type = t.getType();
    if (type == TokenTypes.STRUCT || type == TokenTypes.UNION || type == TokenTypes.ENUM) {
      tagPending = true;
      tagParens = 0;
    } else if (tagPending && type == TokenTypes.LPAREN) {
      tagParens++;
    } else if (tagPending && type == TokenTypes.RPAREN) {
      tagParens--;
    } else if (tagPending && tagParens == 0 && type != TokenTypes.ATTRIBUTE && type != TokenTypes.ATTRIBUTE2
        && type != KernelCLexer.Annotation && type != KernelCLexer.AnnotationWithArgs) {
      tagPending = false;
    }
  }

  private void track(CToken t, boolean tag) {
    int type = t.getType();
    if (type == TokenTypes.LBRACE) {
      braceDepth++;
      return;
    }
    if (type == TokenTypes.RBRACE) {
      braceDepth = Math.max(0, braceDepth - 1);
      typeSeen |= braceDepth == typedefDepth;
      return;
    }
    if (braceDepth > typedefDepth) {
      return;
    }
    if (type == org.patchreview.grammar.KernelCParser.TypedefName || TokenTypes.isBaseTypeKeyword(t.getText())
        || type == KernelCLexer.Identifier && tag) {
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
    } else if (type == KernelCLexer.Identifier && !nameFound && attributeDepth < 0 && !tag) {
      names.add(t.getText());
      nameFound = true;
    }
  }
}
