package org.patchreview.c;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.patchreview.diag.Diagnostic;
import org.patchreview.memo.Memo;
import org.patchreview.grammar.KernelCParser;
import org.patchreview.tree.SourceTree;

/**
 * Parses preprocessed C: fast SLL prediction with a bail-out strategy first, full LL with error reporting only for a
 * segment SLL could not take. Parsed segments are cached by their tokens, so a header shared by many translation units
 * (or unchanged by a patch) is parsed once per JVM.
 */
public final class CParser {
  private static final Memo<Key, SegmentParse> CACHE = Memo.hot("parsed segments", 50_000);
  private static final Memo<Key, Attempt> CHUNKS = Memo.hot("parsed top-level chunks", 50_000);

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
    SegmentParse parts = byDeclarations(s);
    if (parts != null) {
      return parts;
    }
    Attempt whole = attempt(s.file(), s.tokens());
    if (whole.error() == null) {
      return new SegmentParse(whole.decls(), List.of());
    }
    // Recovery: each top-level declaration on its own, so one that does not parse loses nothing else.
    List<Decl> decls = new ArrayList<>();
    List<Diagnostic> errors = new ArrayList<>();
    for (List<CToken> chunk : TopLevelSplitter.split(s.tokens())) {
      Attempt a = attempt(s.file(), chunk);
      decls.addAll(a.decls());
      if (a.error() != null) {
        errors.add(a.error());
      }
    }
    if (errors.isEmpty()) {
      errors.add(whole.error());
    }
    return new SegmentParse(List.copyOf(decls), List.copyOf(errors));
  }

  /**
   * A segment parsed one top-level declaration at a time, each declaration's parse cached on its own, so that a patch
   * to one function of a file parses that function again (and those whose lines it moved), not the whole file. The
   * cuts are only where a declaration of the grammar must end and none can go on ({@link
   * TopLevelSplitter#declarations}); {@code compilationUnit} is a sequence of declarations, so a segment whose parts
   * all parse parses whole to the same declarations. Null when a part does not parse: the segment is then parsed
   * whole, as before, for the errors it gives that way.
   */
  private static SegmentParse byDeclarations(Segment s) {
    List<List<CToken>> parts = TopLevelSplitter.declarations(s.tokens());
    if (parts.size() < 2) {
      return null;
    }
    List<Decl> decls = new ArrayList<>();
    for (List<CToken> part : parts) {
      Attempt a = CHUNKS.computeIfAbsent(new Key(new Segment(s.file(), part)), k -> attempt(s.file(), part));
      if (a.error() != null) {
        return null;
      }
      decls.addAll(a.decls());
    }
    return new SegmentParse(List.copyOf(decls), List.of());
  }

  /** The declarations of {@code s} parsed whole, or null if it does not parse so (tests compare the two ways). */
  static List<Decl> parsedWhole(Segment s) {
    Attempt a = attempt(s.file(), s.tokens());
    return a.error() == null ? a.decls() : null;
  }

  /** The declarations of {@code s} parsed a declaration at a time, or null where that is not done or fails. */
  static List<Decl> parsedByDeclarations(Segment s) {
    SegmentParse p = byDeclarations(s);
    return p == null ? null : p.decls();
  }

  /**
   * Parses, declaration by declaration, the segments of {@code pp} read from one of {@code files}, for the parses of
   * their declarations only: a patch to those files then finds its unchanged declarations parsed
   * ({@link KernelBuild#warm}).
   */
  static void warm(PreprocessResult pp, Set<String> files) {
    for (Segment s : pp.segments()) {
      if (files.contains(s.file())) {
        byDeclarations(s);
      }
    }
  }

  /**
   * Parses unpreprocessed code one top-level declaration at a time ({@link TopLevelSplitter}); each result says what
   * the declaration declares, or where it stopped parsing. Parses are cached like segments.
   */
  static List<TopLevel> parseTopLevel(String file, List<CToken> tokens) {
    List<TopLevel> out = new ArrayList<>();
    for (List<CToken> chunk : TopLevelSplitter.split(tokens)) {
      Segment s = new Segment(file, chunk);
      Attempt a = CHUNKS.computeIfAbsent(new Key(s), k -> attempt(file, chunk));
      out.add(new TopLevel(chunk.get(0).getLine(), chunk.get(chunk.size() - 1).getLine(), a.decls(), a.error(),
          a.offending()));
    }
    return out;
  }

  /** The declarations a run of tokens parses to, or the error and the token where parsing stopped. */
  private record Attempt(List<Decl> decls, Diagnostic error, CToken offending) {}

  private static Attempt attempt(String file, List<CToken> tokens) {
    try {
      return attemptOrOverflow(file, tokens);
    } catch (StackOverflowError tooDeep) {
      // One pathological declaration (an expression nested thousands deep) fails alone.
      CToken first = tokens.get(0);
      return new Attempt(List.of(), Diagnostic.error(file, first.getLine(), first.getCharPositionInLine() + 1,
          "declaration nested too deeply to parse"), first);
    }
  }

  private static Attempt attemptOrOverflow(String file, List<CToken> tokens) {
    KernelCParser parser = parser(file, tokens, PredictionMode.SLL);
    KernelCParser.CompilationUnitContext tree;
    try {
      tree = parser.compilationUnit();
    } catch (ParseCancellationException sllFailed) {
      parser = parser(file, tokens, PredictionMode.LL);
      try {
        tree = parser.compilationUnit();
      } catch (ParseCancellationException llFailed) {
        RecognitionException re = llFailed.getCause() instanceof RecognitionException r ? r : null;
        Token offending = re != null && re.getOffendingToken() != null ? re.getOffendingToken()
            : parser.getCurrentToken();
        return new Attempt(List.of(), syntaxError(offending, re, tokens, file),
            offending instanceof CToken c ? c : null);
      }
    }
    try {
      return new Attempt(List.copyOf(new AstBuilder().build(tree)), null, null);
    } catch (CInputException e) {
      Token start = tree.getStart();
      Span at = e.span();
      return new Attempt(List.of(), at != null ? Diagnostic.error(at.file(), at.line(), at.column(), e.getMessage())
          : Diagnostic.error(file, start.getLine(), e.getMessage()), start instanceof CToken c ? c : null);
    }
  }

  private static KernelCParser parser(String file, List<CToken> tokens, PredictionMode mode) {
    KernelCParser parser = new KernelCParser(new CommonTokenStream(new ListTokenSource(tokens, file)));
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(mode);
    parser.setErrorHandler(new BailErrorStrategy());
    return parser;
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
  private static Diagnostic syntaxError(Token offending, RecognitionException re, List<CToken> tokens,
      String fallbackFile) {
    // The token before is looked up in the segment's own tokens, by identity: a token's index is the one the last
    // stream that buffered it gave, which need not be this segment's (a cached token, a re-parse of attributes).
    Token prev = null;
    if (offending.getType() == Token.EOF) {
      prev = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
    } else {
      for (int i = 1; i < tokens.size() && prev == null; i++) {
        if (tokens.get(i) == offending) {
          prev = tokens.get(i - 1);
        }
      }
    }
    if (re != null && re.getExpectedTokens() != null && re.getExpectedTokens().contains(TokenTypes.SEMI)
        && prev != null) {
      if (prev.getLine() < offending.getLine() || offending.getType() == Token.EOF) {
        String file = prev instanceof CToken c ? c.file() : fallbackFile;
        return Diagnostic.error(file, prev.getLine(), prev.getCharPositionInLine() + prev.getText().length() + 1,
            "syntax error: expected ';' after \"" + prev.getText() + "\"");
      }
    }
    String file = offending instanceof CToken c ? c.file() : fallbackFile;
    int line = offending.getLine();
    int column = offending.getCharPositionInLine() + 1;
    String what = offending.getType() == Token.EOF
        ? "syntax error: the code ends in the middle of a declaration or statement"
        : "syntax error at \"" + offending.getText() + "\"";
    return Diagnostic.error(file, line, column, what);
  }
}
