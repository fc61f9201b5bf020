package org.patchreview.hw;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.patchreview.diag.Diagnostic;
import org.patchreview.grammar.DeviceTreeLexer;

/** Turns ANTLR's lexer and parser errors into diagnostics that quote the offending line. */
final class SyntaxErrorCollector extends BaseErrorListener {
  // Beyond this many alternatives a list of expected tokens stops helping the reader.
  private static final int MAX_EXPECTED = 6;
  private static final Map<Integer, String> TOKEN_NOUNS = Map.of(
      DeviceTreeLexer.NAME, "name",
      DeviceTreeLexer.NUMBER, "number",
      DeviceTreeLexer.STRING, "string",
      DeviceTreeLexer.CHAR, "character literal",
      DeviceTreeLexer.BYTES, "byte string",
      DeviceTreeLexer.LABEL, "label",
      DeviceTreeLexer.REF, "reference",
      DeviceTreeLexer.PATH_REF, "path reference");

  private final String file;
  private final String[] lines;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  SyntaxErrorCollector(String file, String text) {
    this.file = file;
    this.lines = text.split("\r?\n", -1);
  }

  /** In source order: the lexer runs ahead of the parser, so its errors arrive early. */
  List<Diagnostic> diagnostics() {
    return diagnostics.stream()
        .sorted(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column)).toList();
  }

  @Override
  public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int column, String antlrMessage,
      RecognitionException e) {
    String message;
    if (recognizer instanceof Parser parser && offending instanceof Token token) {
      // After a failed prediction the parser stands where the choice began, so its expected set would mislead.
      message = "unexpected " + describe(token) + (e instanceof NoViableAltException nva
          ? after(nva, token, parser.getTokenStream()) : expected(parser)) + preprocessorHint(lineText(line));
    } else if (antlrMessage.startsWith("token recognition error at: '\"")) {
      message = "unterminated string";
    } else {
      message = antlrMessage.replace("token recognition error at: ", "unexpected characters ");
    }
    diagnostics.add(Diagnostic.error(file, line, column + 1, message).quoting(lineText(line)));
  }

  String lineText(int line) {
    return line >= 1 && line <= lines.length ? lines[line - 1] : "";
  }

  private static String describe(Token token) {
    if (token.getType() == Token.EOF) {
      return "end of file";
    }
    String noun = TOKEN_NOUNS.get(token.getType());
    String quoted = "'" + token.getText() + "'";
    return noun == null ? quoted : noun + " " + quoted;
  }

  private static String after(NoViableAltException e, Token offending, TokenStream tokens) {
    Token start = e.getStartToken();
    if (start == null || start.getTokenIndex() >= offending.getTokenIndex()) {
      return "";
    }
    String before = tokens.getText(start, tokens.get(offending.getTokenIndex() - 1));
    return " after '" + before + "'";
  }

  private static String preprocessorHint(String line) {
    String trimmed = line.strip();
    boolean directive = trimmed.matches("#\\s*(include|define|undef|if|ifdef|ifndef|elif|else|endif)\\b.*");
    return directive ? "; C preprocessor lines are not read here, use /include/ \"file\"" : "";
  }

  private static String expected(Parser parser) {
    IntervalSet set;
    try {
      set = parser.getExpectedTokens();
    } catch (IllegalArgumentException | IllegalStateException e) {
      return ""; // the parser is not in a state that can say what it wanted
    }
    List<Integer> types = set.toList();
    if (types.isEmpty() || types.size() > MAX_EXPECTED) {
      return "";
    }
    List<String> words = new ArrayList<>();
    for (int type : types) {
      String noun = TOKEN_NOUNS.get(type);
      words.add(type == Token.EOF ? "end of file"
          : noun != null ? "a " + noun : parser.getVocabulary().getDisplayName(type));
    }
    return " (expected " + String.join(" or ", words) + ")";
  }
}
