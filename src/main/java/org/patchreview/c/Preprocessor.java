package org.patchreview.c;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.patchreview.diag.Diagnostic;
import org.patchreview.grammar.KernelCLexer;
import org.patchreview.tree.SourceTree;

/**
 * The C preprocessor, run over a {@link SourceTree} for one {@link Config}: includes are read from the tree,
 * {@code CONFIG_} symbols come from the config, and the output is typedef-retyped tokens in {@link Segment}s.
 */
public final class Preprocessor implements MacroExpander.Host {
  /** Where {@code #include <...>} looks, in order, as the kernel's build passes {@code -I}. */
  public static final List<String> INCLUDE_DIRS =
      List.of("include", "arch/arm/include", "include/uapi", "arch/arm/include/uapi");
  private static final int MAX_INCLUDE_DEPTH = 64;
  private static final int MAX_ERRORS = 50;

  private final SourceTree tree;
  private final Config config;
  private final boolean raw;
  /** The macros defined now: read through {@link #macro} and changed through {@link #define}, which record. */
  private final Map<String, Macro> macros = new HashMap<>();
  /** The include being read, when one is (its outer includes are its {@code outer}s): see {@link IncludeMemo}. */
  private IncludeMemo.Recording recording;
  private boolean replay;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Set<String> files = new LinkedHashSet<>();
  /** Paths an {@code #include} looked for and did not find: a later tree that has one may resolve differently. */
  private final Set<String> absent = new HashSet<>();
  private final Conditionals conditionals;
  private final MacroExpander expander = new MacroExpander(this);
  private SegmentWriter writer;
  private List<CToken> rawOut;
  private BitSet skipped;
  private String refusal;
  private final Set<String> guards = new HashSet<>();
  /** Branch counts of the chains of the file being read (unpreprocessed code only). */
  private Map<CToken, Integer> branches = Map.of();
  private int includeDepth;

  private Preprocessor(SourceTree tree, Config config, boolean raw, int pass) {
    this.tree = tree;
    this.config = config;
    this.raw = raw;
    this.conditionals = new Conditionals(pass);
    if (!raw) {
      predefineTarget();
    }
    if (config != null) {
      for (String symbol : config.symbols().keySet()) {
        String value = config.symbols().get(symbol);
        if (value.equals("m")) {
          predefine(symbol + "_MODULE", "1");
        } else {
          config.macroValue(symbol).ifPresent(v -> predefine(symbol, v));
        }
      }
    }
  }

  private void predefineTarget() {
    predefine("__KERNEL__", "1");
    predefine("__arm__", "1");
    predefine("__GNUC__", "12");
    predefine("__STDC__", "1");
    predefine("__STDC_VERSION__", "199901L");
    predefine("__CHAR_UNSIGNED__", "1");
    predefine("__SIZEOF_POINTER__", "4");
    predefine("__SIZEOF_LONG__", "4");
    predefine("__LINUX_ARM_ARCH__", "7");
  }

  /**
   * Preprocesses the translation unit at {@code path} in {@code tree}; a unit whose files all read the same as in a
   * tree preprocessed before, under the same config, is not preprocessed again.
   */
  public static PreprocessResult run(SourceTree tree, Config config, String path) {
    PreprocessResult cached = PreprocessCache.SHARED.lookup(tree, config, path);
    if (cached != null) {
      return cached;
    }
    PreprocessResult result = preprocess(tree, config, path, true);
    PreprocessCache.SHARED.store(tree, config, result);
    return result;
  }

  /**
   * Preprocesses the unit now, without the cache of whole units; {@code replay}: whether an include may be replayed
   * from {@link IncludeMemo} (tests compare both ways).
   */
  static PreprocessResult preprocess(SourceTree tree, Config config, String path, boolean replay) {
    Preprocessor p = new Preprocessor(tree, config, false, 0);
    p.replay = replay;
    p.start(path);
    // A unit over its token budget is not parsed at all: its cut-off end would only add a syntax error, after
    // seconds of parsing, to the error that says why.
    return new PreprocessResult(path, p.unitTokens > MAX_UNIT_TOKENS ? List.of() : p.writer.finish(),
        Set.copyOf(p.files), List.copyOf(p.diagnostics), Set.copyOf(p.absent));
  }

  private void start(String path) {
    writer = new SegmentWriter(path);
    Optional<String> text = tree.readString(path);
    if (text.isEmpty()) {
      diagnostics.add(Diagnostic.error(path, 0, "no such file in the tree"));
    } else {
      file(path, text.get());
    }
  }

  /**
   * Reads one file as it is, without its headers: {@code #include} is not followed, macros defined in the file are
   * expanded and others are left for the grammar, conditions are decided by {@code config} (null: no config, every
   * {@code CONFIG_} symbol unknown) and the unknown ones are read branch by branch, branch {@code pass} this time.
   */
  static RawUnit runRaw(String path, String text, Config config, int pass) {
    Preprocessor p = new Preprocessor(SourceTree.empty(path), config, true, pass);
    p.rawOut = new ArrayList<>();
    p.skipped = new BitSet();
    p.file(path, text);
    return new RawUnit(path, List.copyOf(p.rawOut), p.skipped, p.conditionals.passesNeeded(), p.refusal,
        List.copyOf(p.diagnostics));
  }

  private void predefine(String name, String value) {
    CToken t = SourceLexer.single(value, new CToken(0, "", "<built-in>", 0, 0, Set.of(), false), Set.of());
    macros.put(name, new Macro(name, null, false, t == null ? List.of() : List.of(t), new Span("<config>", 0, 0)));
  }

  /** The macro {@code name} names now, or null; the include being read records the lookup. */
  @Override
  public Macro macro(String name) {
    Macro m = macros.get(name);
    if (recording != null) {
      recording.lookedUp(name, m);
    }
    return m;
  }

  /** Defines {@code m} under {@code name}, or undefines {@code name} when {@code m} is null; recorded. */
  private void define(String name, Macro m) {
    if (recording != null) {
      recording.wrote(name);
    }
    if (m == null) {
      macros.remove(name);
    } else {
      macros.put(name, m);
    }
  }

  @Override
  public boolean configEnabled(String symbol) {
    boolean on = configOn(symbol);
    if (recording != null) {
      recording.config.putIfAbsent(symbol, on);
    }
    return on;
  }

  private boolean configOn(String symbol) {
    return config != null && (config.enabled(symbol) || "m".equals(config.symbols().get(symbol)));
  }

  @Override
  public boolean knowsConfig() {
    return config != null || !raw;
  }

  @Override
  public void error(CToken at, String message) {
    Diagnostic d = Diagnostic.error(at.file(), at.getLine(), at.getCharPositionInLine() + 1, message);
    report(raw ? new Diagnostic(Diagnostic.Severity.WARNING, d.file(), d.line(), d.column(), message, "") : d);
  }

  private void report(Diagnostic d) {
    if (recording != null) {
      recording.events.add(d);
    }
    offer(d);
  }

  private void offer(Diagnostic d) {
    if (diagnostics.size() < MAX_ERRORS) {
      diagnostics.add(d);
    }
  }

  /**
   * The most tokens one unit of a kernel build reads, its headers included: 500,000, fifty times the largest unit of
   * the model (9,000 after preprocessing). A patch adding 350,000 statements took 50 s and 2.5 GB to build; past the
   * budget the rest is left out, with an error where it was reached. A file read as it is ({@code review parse})
   * may have 4 M, several times the largest C file of Linux.
   */
  static final int MAX_UNIT_TOKENS = 500_000;
  static final int MAX_RAW_TOKENS = 4_000_000;
  private long unitTokens;

  private void file(String path, String text) {
    int budget = raw ? MAX_RAW_TOKENS : MAX_UNIT_TOKENS;
    if (unitTokens > budget) {
      return;
    }
    files.add(path);
    if (recording != null) {
      recording.events.add(new IncludeMemo.FileRead(path));
      recording.read.add(path);
    }
    int depthAtEntry = conditionals.depth();
    int floorOfIncluder = conditionals.beginFile();
    int shiftOfIncluder = lineShift;
    lineShift = 0;
    List<CToken> pending = new ArrayList<>();
    List<SourceLexer.Line> lines = SourceLexer.lines(path, text);
    branches = raw ? Conditionals.branchCounts(lines, guards) : Map.of();
    for (SourceLexer.Line line : lines) {
      unitTokens += line.tokens().size();
      if (unitTokens > budget) {
        report(Diagnostic.error(path, line.number(), "more than " + budget + " tokens in this unit, its "
            + "headers included; the rest of " + path + " is left out"));
        break;
      }
      if (line.directive()) {
        flush(pending);
        directive(path, line.tokens());
      } else if (conditionals.active()) {
        pending.addAll(lineShift == 0 ? line.tokens() : shifted(line.tokens()));
      } else if (raw) {
        skipped.set(line.number(), line.tokens().get(line.tokens().size() - 1).getLine() + 1);
      }
    }
    flush(pending);
    for (CToken at : conditionals.unwind(depthAtEntry)) {
      error(at, "unterminated #" + at.getText() + " (no matching #endif before the end of " + path + ")");
    }
    lineShift = shiftOfIncluder;
    conditionals.endFile(floorOfIncluder);
  }

  /**
   * How far {@code #line N} moved the numbering of the file being read: a function spliced in from a user's tree
   * ({@code RealFunctions}) keeps its own line numbers, so what it does is cited where that tree has it.
   */
  private int lineShift;

  private List<CToken> shifted(List<CToken> tokens) {
    List<CToken> out = new ArrayList<>(tokens.size());
    for (CToken t : tokens) {
      out.add(new CToken(t.getType(), t.getText(), t.file(), t.getLine() + lineShift, t.getCharPositionInLine(),
          t.hideset(), t.spaceBefore()));
    }
    return out;
  }

  /** {@code #line N}: the next line is line N (a file name after N is not taken: the path stays the tree's). */
  private void lineDirective(CToken name, List<CToken> rest) {
    if (raw || rest.isEmpty()) {
      return;
    }
    try {
      int next = Integer.parseInt(rest.get(0).getText());
      if (next > 0) {
        lineShift = next - (name.getLine() + 1);
        return;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    error(name, "#line needs a positive line number, not " + rest.get(0).getText());
  }

  private void flush(List<CToken> pending) {
    if (!pending.isEmpty()) {
      List<CToken> expanded = expander.expand(pending);
      if (raw) {
        rawOut.addAll(expanded);
      } else {
        writer.emit(expanded);
        if (recording != null) {
          recording.events.add(expanded);
        }
      }
      pending.clear();
    }
  }

  private void directive(String path, List<CToken> line) {
    if (line.size() < 2) {
      return;
    }
    CToken name = line.get(1);
    List<CToken> rest = line.subList(2, line.size());
    switch (name.getText()) {
      case "if" -> conditionals.open(name, conditionals.active() ? evaluate(name, rest) : Conditionals.Truth.FALSE,
          branches.getOrDefault(name, 1));
      case "ifdef" -> conditionals.open(name, conditionals.active() ? isDefined(name, rest)
          : Conditionals.Truth.FALSE, branches.getOrDefault(name, 1));
      case "ifndef" -> conditionals.open(name, conditionals.active() ? not(isDefined(name, rest))
          : Conditionals.Truth.FALSE, branches.getOrDefault(name, 1));
      case "elif" -> problem(name, conditionals.elif(name, evaluate(name, rest)));
      case "else" -> problem(name, conditionals.otherwise(name));
      case "endif" -> problem(name, conditionals.close(name));
      default -> {
        if (conditionals.active()) {
          activeDirective(path, name, rest);
        }
      }
    }
  }

  private void problem(CToken at, String message) {
    if (message != null) {
      error(at, message);
    }
  }

  private static Conditionals.Truth not(Conditionals.Truth t) {
    return switch (t) {
      case TRUE -> Conditionals.Truth.FALSE;
      case FALSE -> Conditionals.Truth.TRUE;
      case UNKNOWN -> Conditionals.Truth.UNKNOWN;
    };
  }

  private void activeDirective(String path, CToken name, List<CToken> rest) {
    switch (name.getText()) {
      case "include" -> {
        if (!raw) {
          include(path, name, rest);
        }
      }
      case "define" -> {
        List<String> errors = new ArrayList<>();
        Macro m = Macro.define(rest, errors);
        if (m != null) {
          define(m.name(), m);
        }
        errors.forEach(e -> error(name, e));
      }
      case "undef" -> {
        if (!rest.isEmpty()) {
          define(rest.get(0).getText(), null);
        }
      }
      case "error" -> {
        if (!raw) {
          error(name, "#error " + joined(rest));
        } else if (refusal == null && conditionals.certain()) {
          // The file says it is not C to be compiled this way: an assembly-only header, say.
          refusal = "its #error at line " + name.getLine() + " is reached: " + joined(rest);
        }
      }
      case "warning" -> report(new Diagnostic(Diagnostic.Severity.WARNING, name.file(), name.getLine(),
          name.getCharPositionInLine() + 1, "#warning " + joined(rest), ""));
      case "line" -> lineDirective(name, rest);
      case "pragma", "ident" -> { }
      default -> {
        if (!raw) {
          error(name, "unknown preprocessor directive #" + name.getText());
        }
      }
    }
  }

  private static String joined(List<CToken> tokens) {
    StringBuilder sb = new StringBuilder();
    for (CToken t : tokens) {
      if (sb.length() > 0 && t.spaceBefore()) {
        sb.append(' ');
      }
      sb.append(t.getText());
    }
    return sb.toString();
  }

  private Conditionals.Truth isDefined(CToken at, List<CToken> rest) {
    if (rest.isEmpty()) {
      error(at, "#" + at.getText() + " needs a macro name");
      return Conditionals.Truth.FALSE;
    }
    String name = rest.get(0).getText();
    if (macro(name) != null) {
      return Conditionals.Truth.TRUE;
    }
    return unknown(name) ? Conditionals.Truth.UNKNOWN : Conditionals.Truth.FALSE;
  }

  /** Whether a name that is not defined here may be defined where this run cannot see (unpreprocessed code only). */
  private boolean unknown(String name) {
    if (!raw || macro(name) != null || name.equals("__ASSEMBLY__") || name.equals("__cplusplus")
        || guards.contains(name)) {
      return false;
    }
    return config == null || !name.startsWith("CONFIG_");
  }

  private Conditionals.Truth evaluate(CToken at, List<CToken> rest) {
    List<CToken> replaced = new ArrayList<>();
    for (int i = 0; i < rest.size(); i++) {
      CToken t = rest.get(i);
      if (!t.getText().equals("defined")) {
        replaced.add(t);
        continue;
      }
      boolean paren = i + 1 < rest.size() && rest.get(i + 1).getText().equals("(");
      int nameAt = paren ? i + 2 : i + 1;
      if (nameAt >= rest.size()) {
        error(t, "'defined' without a macro name");
        return Conditionals.Truth.FALSE;
      }
      CToken name = rest.get(nameAt);
      if (unknown(name.getText())) {
        // Left as a name the evaluator treats as unknown.
        replaced.add(name.retyped(KernelCLexer.Identifier));
      } else {
        boolean d = macro(name.getText()) != null;
        replaced.add(new CToken(KernelCLexer.IntegerConstant, d ? "1" : "0", t.file(), t.getLine(),
            t.getCharPositionInLine(), Set.of(), true));
      }
      i = paren ? nameAt + 1 : nameAt;
    }
    List<CToken> expanded = expander.expand(replaced);
    if (raw) {
      return ConditionEvaluator.truth(expanded, this::unknown);
    }
    ConditionEvaluator.Outcome o = ConditionEvaluator.evaluate(expanded);
    if (o.error() != null) {
      error(at, o.error());
      return Conditionals.Truth.FALSE;
    }
    return o.value() != 0 ? Conditionals.Truth.TRUE : Conditionals.Truth.FALSE;
  }

  private void include(String path, CToken at, List<CToken> rest) {
    List<CToken> spec = rest;
    if (!spec.isEmpty() && spec.get(0).getType() == KernelCLexer.Identifier) {
      spec = expander.expand(spec);
    }
    if (spec.isEmpty()) {
      error(at, "#include needs a file name");
      return;
    }
    boolean quoted = spec.get(0).getType() == KernelCLexer.StringLiteral;
    String name;
    if (quoted) {
      String s = spec.get(0).getText();
      name = s.substring(1, s.length() - 1);
    } else if (spec.get(0).getText().equals("<")) {
      StringBuilder sb = new StringBuilder();
      for (int i = 1; i < spec.size() && !spec.get(i).getText().equals(">"); i++) {
        sb.append(spec.get(i).getText());
      }
      name = sb.toString();
    } else {
      error(at, "#include expects \"FILE\" or <FILE>");
      return;
    }
    Set<String> missed = recording == null ? absent : new HashSet<>();
    Optional<String> resolved = IncludePaths.resolve(tree, path, name, quoted, missed);
    if (recording != null) {
      absent.addAll(missed);
      recording.absent.addAll(missed);
      resolved.ifPresent(recording.read::add);
    }
    if (resolved.isEmpty()) {
      error(at, "cannot find include file " + (quoted ? "\"" + name + "\"" : "<" + name + ">")
          + " in the tree");
      return;
    }
    if (includeDepth >= MAX_INCLUDE_DEPTH) {
      error(at, "#include nested more than " + MAX_INCLUDE_DEPTH + " deep (recursive include?)");
      for (IncludeMemo.Recording r = recording; r != null; r = r.outer) {
        r.spoilt = true;
      }
      return;
    }
    if (recording != null) {
      recording.maxDepth = Math.max(recording.maxDepth, includeDepth);
    }
    String header = resolved.get();
    switchTo(header);
    if (!replay) {
      readHeader(header);
    } else if (!replayed(header)) {
      IncludeMemo.Recording r = new IncludeMemo.Recording(recording, tree, includeDepth, unitTokens,
          expander.state());
      recording = r;
      readHeader(header);
      recording = r.outer;
      if (unitTokens > MAX_UNIT_TOKENS || expander.overBudget()) {
        r.spoilt = true;
      }
      IncludeMemo.Entry e = r.finish(unitTokens, expander.state(), macros::get);
      if (!r.spoilt) {
        IncludeMemo.SHARED.keep(header, e);
      }
      if (recording != null) {
        recording.spoilt |= r.spoilt;
        recording.nested(e);
      }
    }
    switchTo(path);
  }

  private void readHeader(String header) {
    includeDepth++;
    file(header, tree.readString(header).orElse(""));
    includeDepth--;
  }

  private void switchTo(String file) {
    writer.switchTo(file);
    if (recording != null) {
      recording.events.add(new IncludeMemo.Switch(file));
    }
  }

  /**
   * Replays a kept include of {@code header} whose circumstances are this unit's now, if there is one: the same files,
   * the same definitions of every macro it looked up, the same config answers, and room in the unit's budgets.
   */
  private boolean replayed(String header) {
    IncludeMemo.Entry[] variants = IncludeMemo.SHARED.variants(header);
    for (int i = variants.length - 1; i >= 0; i--) {
      IncludeMemo.Entry e = variants[i];
      if (fits(e)) {
        replayEvents(e);
        absent.addAll(java.util.Arrays.asList(e.absent));
        e.effects.forEach((name, m) -> {
          if (m == null) {
            macros.remove(name);
          } else {
            macros.put(name, m);
          }
        });
        unitTokens += e.tokens;
        expander.replay(e.expanded, e.expandedBefore, e.expandedLast);
        if (recording != null) {
          recording.nested(e);
        }
        return true;
      }
    }
    return false;
  }

  private boolean fits(IncludeMemo.Entry e) {
    if (includeDepth + 1 + e.depth > MAX_INCLUDE_DEPTH || unitTokens + e.tokens > MAX_UNIT_TOKENS
        || !expander.fits(e.expanded, e.expandedBefore)) {
      return false;
    }
    for (int i = 0; i < e.macroNames.length; i++) {
      if (!IncludeMemo.same(macros.get(e.macroNames[i]), e.macroValues[i])) {
        return false;
      }
    }
    for (Map.Entry<String, Boolean> c : e.config.entrySet()) {
      if (configOn(c.getKey()) != c.getValue()) {
        return false;
      }
    }
    return e.sameFiles(tree);
  }

  @SuppressWarnings("unchecked")
  private void replayEvents(IncludeMemo.Entry e) {
    for (Object event : e.events) {
      if (event instanceof List<?> tokens) {
        writer.emit((List<CToken>) tokens);
      } else if (event instanceof IncludeMemo.Switch s) {
        writer.switchTo(s.file());
      } else if (event instanceof Diagnostic d) {
        offer(d);
      } else if (event instanceof IncludeMemo.FileRead f) {
        files.add(f.path());
      } else {
        replayEvents((IncludeMemo.Entry) event);
      }
    }
  }
}
