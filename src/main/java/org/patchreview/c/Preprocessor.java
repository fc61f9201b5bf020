package org.patchreview.c;

import java.util.ArrayDeque;
import java.util.ArrayList;
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
  private final Map<String, Macro> macros = new HashMap<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Set<String> files = new LinkedHashSet<>();
  /** Paths an {@code #include} looked for and did not find: a later tree that has one may resolve differently. */
  private final Set<String> absent = new HashSet<>();
  private final Deque<Conditional> conditionals = new ArrayDeque<>();
  private final MacroExpander expander = new MacroExpander(this);
  private SegmentWriter writer;
  private int includeDepth;

  /** One level of {@code #if} nesting. */
  private record Conditional(boolean parentActive, boolean active, boolean taken, boolean sawElse, CToken at) {}

  private Preprocessor(SourceTree tree, Config config) {
    this.tree = tree;
    this.config = config;
    predefine("__KERNEL__", "1");
    predefine("__arm__", "1");
    predefine("__GNUC__", "12");
    predefine("__STDC__", "1");
    predefine("__STDC_VERSION__", "199901L");
    predefine("__CHAR_UNSIGNED__", "1");
    predefine("__SIZEOF_POINTER__", "4");
    predefine("__SIZEOF_LONG__", "4");
    predefine("__LINUX_ARM_ARCH__", "7");
    for (String symbol : config.symbols().keySet()) {
      String value = config.symbols().get(symbol);
      if (value.equals("m")) {
        predefine(symbol + "_MODULE", "1");
      } else {
        config.macroValue(symbol).ifPresent(v -> predefine(symbol, v));
      }
    }
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
    Preprocessor p = fresh(tree, config, path);
    PreprocessResult result = new PreprocessResult(path, p.writer.finish(), Set.copyOf(p.files),
        List.copyOf(p.diagnostics));
    PreprocessCache.SHARED.store(tree, config, result, p.absent);
    return result;
  }

  private static Preprocessor fresh(SourceTree tree, Config config, String path) {
    Preprocessor p = new Preprocessor(tree, config);
    p.writer = new SegmentWriter(path);
    Optional<String> text = tree.readString(path);
    if (text.isEmpty()) {
      p.diagnostics.add(Diagnostic.error(path, 0, "no such file in the tree"));
    } else {
      p.file(path, text.get());
    }
    return p;
  }

  private void predefine(String name, String value) {
    CToken t = SourceLexer.single(value, new CToken(0, "", "<built-in>", 0, 0, Set.of(), false), Set.of());
    macros.put(name, new Macro(name, null, false, t == null ? List.of() : List.of(t), new Span("<config>", 0, 0)));
  }

  @Override
  public Map<String, Macro> macros() {
    return macros;
  }

  @Override
  public boolean configEnabled(String symbol) {
    return config.enabled(symbol) || "m".equals(config.symbols().get(symbol));
  }

  @Override
  public void error(CToken at, String message) {
    report(Diagnostic.error(at.file(), at.getLine(), at.getCharPositionInLine() + 1, message));
  }

  private void report(Diagnostic d) {
    if (diagnostics.size() < MAX_ERRORS) {
      diagnostics.add(d);
    }
  }

  private boolean active() {
    return conditionals.isEmpty() || conditionals.peek().active();
  }

  private void file(String path, String text) {
    files.add(path);
    int depthAtEntry = conditionals.size();
    List<CToken> pending = new ArrayList<>();
    for (SourceLexer.Line line : SourceLexer.lines(path, text)) {
      if (line.directive()) {
        flush(pending);
        directive(path, line.tokens());
      } else if (active()) {
        pending.addAll(line.tokens());
      }
    }
    flush(pending);
    while (conditionals.size() > depthAtEntry) {
      CToken at = conditionals.pop().at();
      error(at, "unterminated #" + at.getText() + " (no matching #endif before the end of " + path + ")");
    }
  }

  private void flush(List<CToken> pending) {
    if (!pending.isEmpty()) {
      writer.emit(expander.expand(pending));
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
      case "if" -> pushConditional(name, active() && evaluate(name, rest));
      case "ifdef" -> pushConditional(name, active() && isDefined(name, rest));
      case "ifndef" -> pushConditional(name, active() && !isDefined(name, rest));
      case "elif" -> elif(name, rest);
      case "else" -> elseBranch(name);
      case "endif" -> endif(name);
      default -> {
        if (active()) {
          activeDirective(path, name, rest);
        }
      }
    }
  }

  private void activeDirective(String path, CToken name, List<CToken> rest) {
    switch (name.getText()) {
      case "include" -> include(path, name, rest);
      case "define" -> define(name, rest);
      case "undef" -> {
        if (!rest.isEmpty()) {
          macros.remove(rest.get(0).getText());
        }
      }
      case "error" -> error(name, "#error " + joined(rest));
      case "warning" -> report(new Diagnostic(Diagnostic.Severity.WARNING, name.file(), name.getLine(),
          name.getCharPositionInLine() + 1, "#warning " + joined(rest), ""));
      case "pragma", "line", "ident" -> { }
      default -> error(name, "unknown preprocessor directive #" + name.getText());
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

  private void pushConditional(CToken at, boolean condition) {
    boolean parent = active();
    conditionals.push(new Conditional(parent, parent && condition, parent && condition, false, at));
  }

  private void elif(CToken at, List<CToken> rest) {
    if (conditionals.isEmpty()) {
      error(at, "#elif without #if");
      return;
    }
    Conditional c = conditionals.pop();
    if (c.sawElse()) {
      error(at, "#elif after #else");
    }
    boolean now = c.parentActive() && !c.taken() && evaluate(at, rest);
    conditionals.push(new Conditional(c.parentActive(), now, c.taken() || now, c.sawElse(), c.at()));
  }

  private void elseBranch(CToken at) {
    if (conditionals.isEmpty()) {
      error(at, "#else without #if");
      return;
    }
    Conditional c = conditionals.pop();
    if (c.sawElse()) {
      error(at, "second #else for the same #if");
    }
    boolean now = c.parentActive() && !c.taken();
    conditionals.push(new Conditional(c.parentActive(), now, true, true, c.at()));
  }

  private void endif(CToken at) {
    if (conditionals.isEmpty()) {
      error(at, "#endif without #if");
    } else {
      conditionals.pop();
    }
  }

  private boolean isDefined(CToken at, List<CToken> rest) {
    if (rest.isEmpty()) {
      error(at, "#" + at.getText() + " needs a macro name");
      return false;
    }
    return macros.containsKey(rest.get(0).getText());
  }

  private boolean evaluate(CToken at, List<CToken> rest) {
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
        return false;
      }
      boolean d = macros.containsKey(rest.get(nameAt).getText());
      replaced.add(new CToken(KernelCLexer.IntegerConstant, d ? "1" : "0", t.file(), t.getLine(),
          t.getCharPositionInLine(), Set.of(), true));
      i = paren ? nameAt + 1 : nameAt;
    }
    ConditionEvaluator.Outcome o = ConditionEvaluator.evaluate(expander.expand(replaced));
    if (o.error() != null) {
      error(at, o.error());
      return false;
    }
    return o.value() != 0;
  }

  private void define(CToken at, List<CToken> rest) {
    if (rest.isEmpty() || !isName(rest.get(0))) {
      error(at, "#define needs a macro name");
      return;
    }
    CToken name = rest.get(0);
    List<String> params = null;
    boolean variadic = false;
    int bodyStart = 1;
    if (rest.size() > 1 && rest.get(1).getText().equals("(") && !rest.get(1).spaceBefore()) {
      params = new ArrayList<>();
      int i = 2;
      for (; i < rest.size() && !rest.get(i).getText().equals(")"); i++) {
        String p = rest.get(i).getText();
        if (p.equals(",")) {
          continue;
        }
        if (p.equals("...")) {
          params.add("__VA_ARGS__");
          variadic = true;
        } else if (i + 1 < rest.size() && rest.get(i + 1).getText().equals("...")) {
          params.add(p);
          variadic = true;
          i++;
        } else {
          params.add(p);
        }
      }
      if (i >= rest.size()) {
        error(name, "missing ')' in the parameter list of macro " + name.getText());
        return;
      }
      bodyStart = i + 1;
    }
    List<CToken> body = List.copyOf(rest.subList(bodyStart, rest.size()));
    macros.put(name.getText(), new Macro(name.getText(), params == null ? null : List.copyOf(params), variadic,
        body, name.span()));
  }

  private static boolean isName(CToken t) {
    String s = t.getText();
    return !s.isEmpty() && (Character.isLetter(s.charAt(0)) || s.charAt(0) == '_');
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
    Optional<String> resolved = resolve(path, name, quoted);
    if (resolved.isEmpty()) {
      error(at, "cannot find include file " + (quoted ? "\"" + name + "\"" : "<" + name + ">")
          + " in the tree");
      return;
    }
    if (includeDepth >= MAX_INCLUDE_DEPTH) {
      error(at, "#include nested more than " + MAX_INCLUDE_DEPTH + " deep (recursive include?)");
      return;
    }
    includeDepth++;
    writer.switchTo(resolved.get());
    file(resolved.get(), tree.readString(resolved.get()).orElse(""));
    writer.switchTo(path);
    includeDepth--;
  }

  private Optional<String> resolve(String from, String name, boolean quoted) {
    if (quoted) {
      int slash = from.lastIndexOf('/');
      String candidate = normalise((slash < 0 ? "" : from.substring(0, slash + 1)) + name);
      if (candidate != null && tree.contains(candidate)) {
        return Optional.of(candidate);
      }
      if (candidate != null) {
        absent.add(candidate);
      }
    }
    for (String dir : INCLUDE_DIRS) {
      String candidate = normalise(dir + "/" + name);
      if (candidate != null && tree.contains(candidate)) {
        return Optional.of(candidate);
      }
      if (candidate != null) {
        absent.add(candidate);
      }
    }
    return Optional.empty();
  }

  /** Folds {@code .} and {@code ..} out of a tree path; null when it would leave the tree. */
  private static String normalise(String path) {
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return String.join("/", parts);
  }
}
