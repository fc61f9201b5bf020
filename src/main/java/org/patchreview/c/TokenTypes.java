package org.patchreview.c;

import org.patchreview.grammar.KernelCLexer;

/** Token types of the grammar's literal tokens, looked up once by their spelling. */
final class TokenTypes {
  static final int COMMA = type("','");
  static final int SEMI = type("';'");
  static final int LBRACE = type("'{'");
  static final int RBRACE = type("'}'");
  static final int LPAREN = type("'('");
  static final int RPAREN = type("')'");
  static final int LBRACKET = type("'['");
  static final int RBRACKET = type("']'");
  static final int DOT = type("'.'");
  static final int ARROW = type("'->'");
  static final int STAR = type("'*'");
  static final int STRUCT = type("'struct'");
  static final int UNION = type("'union'");
  static final int ENUM = type("'enum'");
  static final int TYPEDEF = type("'typedef'");
  static final int GOTO = type("'goto'");
  static final int ATTRIBUTE = type("'__attribute__'");
  static final int ATTRIBUTE2 = type("'__attribute'");

  private TokenTypes() {}

  private static int type(String literal) {
    String[] names = KernelCLexer.VOCABULARY instanceof org.antlr.v4.runtime.VocabularyImpl v
        ? literalNames(v) : new String[0];
    for (int i = 0; i < names.length; i++) {
      if (literal.equals(names[i])) {
        return i;
      }
    }
    throw new IllegalStateException("grammar has no token " + literal);
  }

  private static String[] literalNames(org.antlr.v4.runtime.VocabularyImpl v) {
    String[] out = new String[v.getMaxTokenType() + 1];
    for (int i = 0; i <= v.getMaxTokenType(); i++) {
      out[i] = v.getLiteralName(i);
    }
    return out;
  }

  /** Whether the token type is one of C's base type keywords. */
  static boolean isBaseTypeKeyword(String text) {
    return switch (text) {
      case "void", "char", "short", "int", "long", "float", "double", "signed", "unsigned", "_Bool", "__signed__" -> true;
      default -> false;
    };
  }
}
