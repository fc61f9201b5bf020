package org.patchreview.c;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.patchreview.grammar.KernelCLexer;
import org.patchreview.memo.Memo;

/**
 * A hand-written scanner giving exactly the tokens of the grammar's lexer ({@link KernelCLexer}), for reading many
 * unpreprocessed files with a cold JVM, where ANTLR's lexer spends most of its time warming up. Words (names,
 * keywords, annotations) and numbers are typed by the grammar's lexer itself, once per distinct spelling, so the two
 * cannot disagree on them; {@code FastLexerTest} checks the whole output against the grammar's lexer.
 */
final class FastLexer {
  private static final Memo<String, int[]> SPELLINGS = Memo.hot("lexed spellings", 65_536);
  private static final Map<String, Integer> LITERALS = literals();
  /** The grammar's punctuators by their first character (ASCII), longest first: tried at each non-word token. */
  private static final String[][] PUNCTUATORS = punctuators();
  /** The words of the grammar's annotation rules, read from its ATN; null if a rule is not a list of words. */
  private static final Map<String, Integer> ANNOTATIONS = annotations();
  private static final Pattern INTEGER =
      Pattern.compile("(0[xX][0-9a-fA-F]+|0[bB][01]+|[0-9]+)([uU]([lL][lL]?)?|[lL][lL]?[uU]?)?");
  private static final Pattern FLOATING = Pattern.compile("[0-9]+\\.[0-9]*([eE][+-]?[0-9]+)?[fFlL]?"
      + "|\\.[0-9]+([eE][+-]?[0-9]+)?[fFlL]?|[0-9]+[eE][+-]?[0-9]+[fFlL]?");

  private final String text;
  private final String file;
  private int pos;
  private int line = 1;
  private int column;

  /** A token or a hidden run (comment, blank, line continuation): its type, or -1 for hidden, -2 for a newline. */
  record Lexeme(int type, String text, int line, int column) {}

  private FastLexer(String file, String text) {
    this.file = file;
    this.text = text;
  }

  /** The lexemes of {@code text}, or null when it holds characters outside the BMP (left to the grammar's lexer). */
  static List<Lexeme> lex(String file, String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return null;
      }
    }
    FastLexer l = new FastLexer(file, text);
    List<Lexeme> out = new ArrayList<>(text.length() / 4);
    while (l.pos < text.length()) {
      l.next(out);
    }
    return out;
  }

  private void next(List<Lexeme> out) {
    int start = pos;
    int startLine = line;
    int startColumn = column;
    char c = text.charAt(pos);
    int type = -1;
    if (c == '\n' || c == '\r' && peek(1) == '\n') {
      advance(c == '\r' ? 2 : 1);
      type = -2;
    } else if (c == ' ' || c == '\t' || c == '\f' || c == '\u000B') {
      while (pos < text.length() && " \t\f\u000B".indexOf(text.charAt(pos)) >= 0) {
        advance(1);
      }
    } else if (c == '\\' && (peek(1) == '\n' || peek(1) == '\r' && peek(2) == '\n')) {
      advance(peek(1) == '\r' ? 3 : 2);
    } else if (c == '/' && peek(1) == '*' && text.indexOf("*/", pos + 2) >= 0) {
      advance(text.indexOf("*/", pos + 2) + 2 - pos);
    } else if (c == '/' && peek(1) == '/') {
      while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
        advance(1);
      }
    } else {
      word(out, startLine, startColumn);
      return;
    }
    out.add(new Lexeme(type, text.substring(start, pos), startLine, startColumn));
  }

  /** Names, numbers, literals and punctuators. */
  private void word(List<Lexeme> out, int startLine, int startColumn) {
    int start = pos;
    char c = text.charAt(pos);
    int quoteAt = quotePrefix();
    if (quoteAt >= 0) {
      int end = quoted(quoteAt);
      if (end > 0) {
        advance(end - pos);
        char q = text.charAt(quoteAt);
        out.add(new Lexeme(q == '"' ? KernelCLexer.StringLiteral : KernelCLexer.CharacterConstant,
            text.substring(start, pos), startLine, startColumn));
        return;
      }
    }
    boolean number = Character.isDigit(c) || c == '.' && Character.isDigit(peek(1));
    if (isWordStart(c) || number) {
      // A word, or a number with whatever letters, dots and exponent signs follow it: the grammar's lexer cuts it.
      int end = pos + 1;
      while (end < text.length() && (isWordPart(text.charAt(end)) || number && (text.charAt(end) == '.'
          || (text.charAt(end) == '+' || text.charAt(end) == '-') && "eEpP".indexOf(text.charAt(end - 1)) >= 0))) {
        end++;
      }
      String spelling = text.substring(pos, end);
      int[] typed = number ? number(spelling) : word(spelling);
      for (int i = 0; i < typed.length; i += 2) {
        int from = pos;
        advance(typed[i + 1]);
        out.add(new Lexeme(typed[i], text.substring(from, pos), startLine, column - typed[i + 1]));
      }
      return;
    }
    String[] candidates = c < PUNCTUATORS.length ? PUNCTUATORS[c] : null;
    if (candidates != null) {
      for (String p : candidates) {
        if (text.startsWith(p, pos)) {
          advance(p.length());
          out.add(new Lexeme(type(p), p, startLine, startColumn));
          return;
        }
      }
    }
    advance(1);
    out.add(new Lexeme(KernelCLexer.Unknown, text.substring(start, pos), startLine, startColumn));
  }

  /** Where a string or character literal's quote is, after an optional L, u8, u or U prefix; -1 if none. */
  private int quotePrefix() {
    char c = text.charAt(pos);
    if (c == '"' || c == '\'') {
      return pos;
    }
    if (c == 'L' && (peek(1) == '"' || peek(1) == '\'')) {
      return pos + 1;
    }
    if (c == 'u' && peek(1) == '8' && peek(2) == '"') {
      return pos + 2;
    }
    return (c == 'u' || c == 'U') && peek(1) == '"' ? pos + 1 : -1;
  }

  /** The end of the literal opened at {@code quote}, or -1 when it does not close on its line. */
  private int quoted(int quote) {
    char q = text.charAt(quote);
    int i = quote + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == q) {
        return q == '\'' && i == quote + 1 ? -1 : i + 1;
      }
      if (c == '\n' || c == '\r') {
        return -1;
      }
      if (c == '\\') {
        if (i + 1 >= text.length()) {
          return -1;
        }
        boolean crlf = text.charAt(i + 1) == '\r' && i + 2 < text.length() && text.charAt(i + 2) == '\n';
        if (text.charAt(i + 1) == '\r' && !crlf) {
          return -1;
        }
        i += crlf ? 3 : 2;
      } else {
        i++;
      }
    }
    return -1;
  }

  /** The grammar lexer's tokens for one spelling: pairs of (type, length). */
  private static int[] typed(String spelling) {
    KernelCLexer lexer = new KernelCLexer(CharStreams.fromString(spelling));
    lexer.removeErrorListeners();
    List<Token> tokens = new ArrayList<>();
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      tokens.add(t);
    }
    int[] out = new int[tokens.size() * 2];
    for (int i = 0; i < tokens.size(); i++) {
      out[2 * i] = tokens.get(i).getType();
      out[2 * i + 1] = tokens.get(i).getText().length();
    }
    return out;
  }

  private static int type(String punctuator) {
    return LITERALS.get(punctuator);
  }

  /** A name's type: a keyword's, an annotation's, or Identifier. */
  private static int[] word(String spelling) {
    if (ANNOTATIONS == null) {
      return SPELLINGS.computeIfAbsent(spelling, FastLexer::typed);
    }
    Integer type = LITERALS.get(spelling);
    if (type == null) {
      type = ANNOTATIONS.getOrDefault(spelling, KernelCLexer.Identifier);
    }
    return new int[] {type, spelling.length()};
  }

  /** The number at the start of {@code spelling} (the longer of integer and floating, integer on a tie). */
  private static int[] number(String spelling) {
    if (plainInteger(spelling)) {
      return new int[] {KernelCLexer.IntegerConstant, spelling.length()};
    }
    Matcher i = INTEGER.matcher(spelling);
    Matcher f = FLOATING.matcher(spelling);
    int intLength = i.lookingAt() ? i.end() : 0;
    int floatLength = f.lookingAt() ? f.end() : 0;
    if (intLength == spelling.length() && floatLength < intLength) {
      return new int[] {KernelCLexer.IntegerConstant, intLength};
    }
    if (floatLength == spelling.length() && floatLength > intLength) {
      return new int[] {KernelCLexer.FloatingConstant, floatLength};
    }
    // Letters or dots after the number: the grammar's lexer cuts the rest.
    return SPELLINGS.computeIfAbsent(spelling, FastLexer::typed);
  }

  /**
   * Digits alone, or {@code 0x} and hex digits alone: the integer pattern takes the whole spelling and the floating
   * one cannot (it needs a dot or an exponent after decimal digits), so the regular expressions need not run.
   */
  private static boolean plainInteger(String spelling) {
    boolean hex = spelling.length() > 2 && spelling.charAt(0) == '0'
        && (spelling.charAt(1) == 'x' || spelling.charAt(1) == 'X');
    for (int k = hex ? 2 : 0; k < spelling.length(); k++) {
      char c = spelling.charAt(k);
      boolean digit = c >= '0' && c <= '9' || hex && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F');
      if (!digit) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, Integer> literals() {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 1; i <= KernelCLexer.VOCABULARY.getMaxTokenType(); i++) {
      String lit = KernelCLexer.VOCABULARY.getLiteralName(i);
      if (lit != null && lit.length() > 2) {
        out.putIfAbsent(lit.substring(1, lit.length() - 1).replace("\\\\", "\\"), i);
      }
    }
    return out;
  }

  private static Map<String, Integer> annotations() {
    Map<String, Integer> out = new HashMap<>();
    for (int type : new int[] {KernelCLexer.Annotation, KernelCLexer.AnnotationWithArgs}) {
      List<String> words = RuleWords.of(KernelCLexer._ATN, KernelCLexer.VOCABULARY.getSymbolicName(type));
      if (words == null) {
        return null;
      }
      words.forEach(w -> out.putIfAbsent(w, type));
    }
    return out;
  }

  private char peek(int ahead) {
    return pos + ahead < text.length() ? text.charAt(pos + ahead) : '\0';
  }

  private void advance(int n) {
    for (int i = 0; i < n; i++) {
      if (text.charAt(pos++) == '\n') {
        line++;
        column = 0;
      } else {
        column++;
      }
    }
  }

  private static boolean isWordStart(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$';
  }

  private static boolean isWordPart(char c) {
    return isWordStart(c) || c >= '0' && c <= '9';
  }

  /** The grammar's punctuators grouped by first character, each group longest first. */
  private static String[][] punctuators() {
    List<String> all = new ArrayList<>();
    for (int i = 1; i <= KernelCLexer.VOCABULARY.getMaxTokenType(); i++) {
      String lit = KernelCLexer.VOCABULARY.getLiteralName(i);
      if (lit != null && lit.length() > 2 && !isWordStart(lit.charAt(1))) {
        all.add(lit.substring(1, lit.length() - 1).replace("\\\\", "\\"));
      }
    }
    all.sort((a, b) -> b.length() - a.length());
    String[][] out = new String[128][];
    for (String p : all) {
      char first = p.charAt(0);
      if (first >= 128) {
        throw new IllegalStateException("a punctuator outside ASCII: " + p);
      }
      String[] had = out[first] == null ? new String[0] : out[first];
      String[] grown = java.util.Arrays.copyOf(had, had.length + 1);
      grown[had.length] = p;
      out[first] = grown;
    }
    return out;
  }
}
