package org.patchreview.c;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.patchreview.diag.Diagnostic;
import org.patchreview.grammar.KernelCParser;
import org.patchreview.tree.SourceTree;

/**
 * Parses preprocessed C: fast SLL prediction with a bail-out strategy first, full LL with error reporting only for a
 * segment SLL could not take. Parsed segments are cached by their tokens, so a header shared by many translation units
 * (or unchanged by a patch) is parsed once per JVM.
 */
public final class CParser {
  private static final Map<Key, SegmentParse> CACHE = new ConcurrentHashMap<>();
  private static final int MAX_CACHE = 50_000;

  private record SegmentParse(List<Decl> decls, List<Diagnostic> diagnostics) {}

  private CParser() {}

  /** Preprocesses and parses the translation unit {@code path} of {@code tree} under {@code config}. */
  public static ParseResult parseFile(SourceTree tree, Config config, String path) {
    return parse(Preprocessor.run(tree, config, path), tree);
  }

  /** Parses an already preprocessed unit; {@code tree} supplies source lines for quoting errors. */
  public static ParseResult parse(PreprocessResult pp, SourceTree tree) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Diagnostic d : pp.diagnostics()) {
      diagnostics.add(quote(d, tree));
    }
    List<Decl> decls = new ArrayList<>();
    for (Segment s : pp.segments()) {
      SegmentParse parsed = CACHE.computeIfAbsent(new Key(s), k -> stored(s));
      decls.addAll(parsed.decls());
      for (Diagnostic d : parsed.diagnostics()) {
        diagnostics.add(quote(d, tree));
      }
    }
    if (CACHE.size() > MAX_CACHE) {
      CACHE.clear();
    }
    return new ParseResult(new TranslationUnit(pp.path(), List.copyOf(decls)), List.copyOf(diagnostics));
  }

  /** The segment's parse from the store shipped with review when it has it, else parsed now. */
  private static SegmentParse stored(Segment s) {
    List<Decl> decls = SegmentStore.lookup(s);
    return decls != null ? new SegmentParse(decls, List.of()) : parseSegment(s);
  }

  /** The declarations of a segment that parses without problems, or null (for {@link SegmentStoreBuilder}). */
  static List<Decl> parseClean(Segment s) {
    SegmentParse p = parseSegment(s);
    return p.diagnostics().isEmpty() ? p.decls() : null;
  }

  private static SegmentParse parseSegment(Segment s) {
    KernelCParser parser = new KernelCParser(new CommonTokenStream(new ListTokenSource(s.tokens(), s.file())));
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    KernelCParser.CompilationUnitContext tree;
    List<Diagnostic> errors = new ArrayList<>();
    try {
      tree = parser.compilationUnit();
    } catch (ParseCancellationException sllFailed) {
      parser = new KernelCParser(new CommonTokenStream(new ListTokenSource(s.tokens(), s.file())));
      parser.removeErrorListeners();
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      parser.setErrorHandler(new BailErrorStrategy());
      try {
        tree = parser.compilationUnit();
      } catch (ParseCancellationException llFailed) {
        RecognitionException re = llFailed.getCause() instanceof RecognitionException r ? r : null;
        Token offending = re != null && re.getOffendingToken() != null ? re.getOffendingToken()
            : parser.getCurrentToken();
        errors.add(syntaxError(offending, re, parser));
        return new SegmentParse(List.of(), List.copyOf(errors));
      }
    }
    if (!errors.isEmpty()) {
      return new SegmentParse(List.of(), List.copyOf(errors));
    }
    try {
      return new SegmentParse(List.copyOf(new AstBuilder().build(tree)), List.of());
    } catch (RuntimeException e) {
      Token start = tree.getStart();
      return new SegmentParse(List.of(), List.of(Diagnostic.error(s.file(), start.getLine(),
          "cannot build the syntax tree: " + e)));
    }
  }

  /**
   * A segment's cache key: a 64-bit hash of its tokens (type, text, position, file). Equal keys are confirmed token by
   * token before a cached parse is reused, so a hash collision can never hand back another segment's tree.
   */
  private static final class Key {
    private final Segment segment;
    private final long hash;

    Key(Segment segment) {
      this.segment = segment;
      long h = 0xcbf29ce484222325L;
      String lastFile = null;
      for (CToken t : segment.tokens()) {
        if (t.file() != lastFile) {
          h = (h ^ t.file().hashCode()) * 0x100000001b3L;
          lastFile = t.file();
        }
        h = (h ^ t.getType()) * 0x100000001b3L;
        h = (h ^ t.getText().hashCode()) * 0x100000001b3L;
        h = (h ^ (t.getLine() * 4096L + t.getCharPositionInLine())) * 0x100000001b3L;
      }
      this.hash = h ^ segment.tokens().size();
    }

    @Override
    public int hashCode() {
      return Long.hashCode(hash);
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Key k) || k.hash != hash || !k.segment.file().equals(segment.file())) {
        return false;
      }
      List<CToken> a = segment.tokens();
      List<CToken> b = k.segment.tokens();
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        CToken x = a.get(i);
        CToken y = b.get(i);
        if (x.getType() != y.getType() || x.getLine() != y.getLine()
            || x.getCharPositionInLine() != y.getCharPositionInLine() || !x.getText().equals(y.getText())
            || !x.file().equals(y.file())) {
          return false;
        }
      }
      return true;
    }
  }

  private static Diagnostic quote(Diagnostic d, SourceTree tree) {
    if (d.line() <= 0 || !d.quotedLine().isEmpty()) {
      return d;
    }
    return tree.readString(d.file()).map(text -> {
      String[] lines = text.split("\n", -1);
      return d.line() <= lines.length ? d.quoting(lines[d.line() - 1]) : d;
    }).orElse(d);
  }

  /**
   * A syntax error naming file, line and the token that did not fit; a missing {@code ;} is reported where it is
   * missing (after the previous token), as compilers do, not at the next line's first token.
   */
  private static Diagnostic syntaxError(Token offending, RecognitionException re, KernelCParser parser) {
    if (re != null && re.getExpectedTokens() != null && re.getExpectedTokens().contains(TokenTypes.SEMI)
        && offending.getTokenIndex() > 0) {
      Token prev = parser.getTokenStream().get(offending.getTokenIndex() - 1);
      if (prev.getLine() < offending.getLine() || offending.getType() == Token.EOF) {
        String file = prev instanceof CToken c ? c.file() : "";
        return Diagnostic.error(file, prev.getLine(), prev.getCharPositionInLine() + prev.getText().length() + 1,
            "syntax error: expected ';' after \"" + prev.getText() + "\"");
      }
    }
    String file = offending instanceof CToken c ? c.file() : "";
    int line = offending.getLine();
    int column = offending.getCharPositionInLine() + 1;
    String what = offending.getType() == Token.EOF
        ? "syntax error: the code ends in the middle of a declaration or statement"
        : "syntax error at \"" + offending.getText() + "\"";
    return Diagnostic.error(file, line, column, what);
  }
}
