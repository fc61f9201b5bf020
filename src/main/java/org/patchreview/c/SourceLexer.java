package org.patchreview.c;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.patchreview.grammar.KernelCLexer;
import org.patchreview.memo.Memo;

/**
 * Splits a C file into logical lines of tokens (continuations joined, comments dropped), the unit the preprocessor
 * works in. Lexing is cached by file name and content, since every translation unit includes the same headers.
 */
final class SourceLexer {
  /** One logical line: its tokens and whether it is a directive ({@code #} first). */
  record Line(List<CToken> tokens, boolean directive, int number) {}

  /** Lexed files by name and whole text: a file's text is compared in full on a hit, not by a 32-bit hash. */
  private static final Memo<Key, List<Line>> CACHE = Memo.hot("lexed files", 4096);

  /**
   * Equality and hash written out: a record's generated ones are bound on first call through
   * {@code ObjectMethods.bootstrap}, which spins method handles for tens of milliseconds in a cold JVM that has not
   * needed them yet ({@code review parse} of a small folder).
   */
  private record Key(String file, String text) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.file.equals(file) && k.text.equals(text);
    }

    @Override
    public int hashCode() {
      return file.hashCode() * 31 + text.hashCode();
    }
  }

  private SourceLexer() {}

  /**
   * A file's lines, lexed by {@link FastLexer}, which gives the grammar's lexer's tokens ({@code FastLexerTest}) and is
   * faster in a cold JVM (a review lexes every header a patch's build reads for the first time); the grammar's lexer
   * reads what it does not take.
   */
  static List<Line> lines(String file, String text) {
    Key key = new Key(file, text);
    List<Line> cached = CACHE.get(key);
    if (cached != null) {
      return cached;
    }
    List<FastLexer.Lexeme> lexemes = FastLexer.lex(file, text);
    List<Line> lines = lexemes == null ? lex(file, text) : fromLexemes(file, lexemes);
    CACHE.put(key, lines);
    return lines;
  }

  private static List<Line> fromLexemes(String file, List<FastLexer.Lexeme> lexemes) {
    List<Line> lines = new ArrayList<>();
    List<CToken> current = new ArrayList<>();
    boolean space = false;
    int firstLine = 1;
    Set<String> none = Collections.emptySet();
    for (FastLexer.Lexeme l : lexemes) {
      if (l.type() == -2) {
        flush(lines, current, firstLine);
        current = new ArrayList<>();
        firstLine = l.line() + 1;
        space = false;
      } else if (l.type() == -1) {
        space = true;
      } else {
        if (current.isEmpty()) {
          firstLine = l.line();
        }
        current.add(new CToken(l.type(), l.text(), file, l.line(), l.column(), none, space));
        space = false;
      }
    }
    flush(lines, current, firstLine);
    return Collections.unmodifiableList(lines);
  }

  static List<Line> lex(String file, String text) {
    KernelCLexer lexer = new KernelCLexer(CharStreams.fromString(text, file));
    lexer.removeErrorListeners();
    List<Line> lines = new ArrayList<>();
    List<CToken> current = new ArrayList<>();
    boolean space = false;
    int firstLine = 1;
    Set<String> none = Collections.emptySet();
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      int type = t.getType();
      if (type == KernelCLexer.Newline) {
        flush(lines, current, firstLine);
        current = new ArrayList<>();
        firstLine = t.getLine() + 1;
        space = false;
      } else if (t.getChannel() != Token.DEFAULT_CHANNEL) {
        space = true;
      } else {
        if (current.isEmpty()) {
          firstLine = t.getLine();
        }
        current.add(new CToken(type, t.getText(), file, t.getLine(), t.getCharPositionInLine(), none, space));
        space = false;
      }
    }
    flush(lines, current, firstLine);
    return Collections.unmodifiableList(lines);
  }

  private static void flush(List<Line> lines, List<CToken> tokens, int number) {
    if (tokens.isEmpty()) {
      return;
    }
    boolean directive = tokens.get(0).getType() == KernelCLexer.Hash;
    lines.add(new Line(List.copyOf(tokens), directive, number));
  }

  /** Lexes a short text made by token pasting; null unless it is exactly one token. */
  static CToken single(String text, CToken at, Set<String> hideset) {
    KernelCLexer lexer = new KernelCLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    Token first = lexer.nextToken();
    Token second = lexer.nextToken();
    if (first.getType() == Token.EOF || second.getType() != Token.EOF
        || first.getChannel() != Token.DEFAULT_CHANNEL) {
      return null;
    }
    return new CToken(first.getType(), first.getText(), at.file(), at.getLine(), at.getCharPositionInLine(), hideset,
        at.spaceBefore());
  }
}
