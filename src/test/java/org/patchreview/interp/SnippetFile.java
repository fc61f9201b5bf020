package org.patchreview.interp;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.patchreview.interp.Expectation.Call;
import org.patchreview.interp.Expectation.FaultShape;
import org.patchreview.interp.Expectation.Measure;

/**
 * A C snippet and the directives in its comments: expectations, the config it is built under ({@code // config:})
 * and the budget it runs with ({@code // budget:}). A directive that does not parse is a problem of the snippet, so a
 * typo can never silently drop an expectation. The language is described in {@code src/test/resources/c/README.md}.
 */
record SnippetFile(String path, String source, Map<String, String> config, Machine.Budget budget,
    List<Expectation> expectations, List<String> problems) {

  /** The budget a snippet runs with unless it says otherwise: small, so that a runaway snippet fails fast. */
  static final Machine.Budget DEFAULT_BUDGET = new Machine.Budget(200_000, 128, 1L << 20);

  private static final Pattern DIRECTIVE =
      Pattern.compile("//\\s*(expect(?:-[a-z]+)?|config|budget)\\s*:\\s*(.*?)\\s*$");
  private static final Pattern LOOKS_LIKE_DIRECTIVE =
      Pattern.compile("//\\s*(expect(-[a-z]+)?|config|budget)\\b");
  private static final Pattern CALL = Pattern.compile("^([A-Za-z_]\\w*)\\s*\\(([^)]*)\\)\\s*(.*)$");
  private static final Pattern INTEGER = Pattern.compile("-?(0[xX][0-9a-fA-F]+|[0-9]+)");
  private static final Pattern COMPARISON = Pattern.compile("^(.+?)\\s*==\\s*(\\S+)$");
  private static final Pattern LAYOUT_PATH = Pattern.compile("^((?:struct|union)\\s+\\w+|[\\w ]+?)((?:\\.\\w+)+)$");

  /** Reads the directives of {@code source}; {@code path} names it in messages and replaces {@code {file}}. */
  static SnippetFile parse(String path, String source) {
    Map<String, String> config = new LinkedHashMap<>();
    Machine.Budget budget = DEFAULT_BUDGET;
    List<Expectation> expectations = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = DIRECTIVE.matcher(lines[i]);
      int line = i + 1;
      if (!m.find()) {
        if (LOOKS_LIKE_DIRECTIVE.matcher(lines[i]).find()) {
          problems.add(path + ":" + line + ": looks like a directive but is not one (a ':' missing?): "
              + lines[i].strip());
        }
        continue;
      }
      String kind = m.group(1);
      String body = m.group(2).replace("{file}", path);
      try {
        switch (kind) {
          case "config" -> config(body, config);
          case "budget" -> budget = budget(body, budget);
          default -> expectations.add(expectation(kind, body, line, kind + ": " + body));
        }
      } catch (IllegalArgumentException | ArithmeticException e) {
        problems.add(path + ":" + line + ": cannot read \"" + kind + ": " + body + "\": " + e.getMessage());
      }
    }
    return new SnippetFile(path, source, Map.copyOf(config), budget, List.copyOf(expectations), List.copyOf(problems));
  }

  private static void config(String body, Map<String, String> config) {
    for (String word : body.split("\\s+")) {
      int eq = word.indexOf('=');
      if (!word.startsWith("CONFIG_") || eq < 0) {
        throw new IllegalArgumentException("expected CONFIG_NAME=value, found " + word);
      }
      config.put(word.substring(0, eq), word.substring(eq + 1));
    }
  }

  private static Machine.Budget budget(String body, Machine.Budget b) {
    long steps = b.steps();
    int depth = b.depth();
    long heap = b.heapBytes();
    for (String word : body.split("\\s+")) {
      String[] kv = word.split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("expected steps=N, depth=N or heap=N, found " + word);
      }
      long v = integer(kv[1]).longValueExact();
      switch (kv[0]) {
        case "steps" -> steps = v;
        case "depth" -> depth = (int) v;
        case "heap" -> heap = v;
        default -> throw new IllegalArgumentException("unknown budget " + kv[0]);
      }
    }
    return new Machine.Budget(steps, depth, heap);
  }

  private static Expectation expectation(String kind, String body, int line, String text) {
    return switch (kind) {
      case "expect" -> returns(body, line, text);
      case "expect-fault", "expect-report" -> fault(kind, body, line, text);
      case "expect-log" -> log(body, line, text);
      case "expect-warn" -> {
        Call call = call(body);
        yield new Expectation.Warns(line, text, call, shape(words(rest(body)), line, 0));
      }
      case "expect-sizeof", "expect-alignof", "expect-offsetof", "expect-bitoffset", "expect-bitwidth" ->
          layout(kind, body, line, text);
      case "expect-error" -> error(body, line, text);
      default -> throw new IllegalArgumentException("unknown directive " + kind);
    };
  }

  private static Expectation returns(String body, int line, String text) {
    Call call = call(body);
    String rest = rest(body);
    if (rest.isEmpty()) {
      return new Expectation.Returns(line, text, call, Optional.empty());
    }
    if (!rest.startsWith("==")) {
      throw new IllegalArgumentException("expected '== value' after the call, found " + rest);
    }
    return new Expectation.Returns(line, text, call, Optional.of(integer(rest.substring(2).strip())));
  }

  private static Expectation fault(String kind, String body, int line, String text) {
    Call call = call(body);
    List<String> words = words(rest(body));
    if (words.isEmpty()) {
      throw new IllegalArgumentException("expected a fault kind after the call");
    }
    FaultKind fault;
    try {
      fault = FaultKind.valueOf(words.get(0));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown fault kind " + words.get(0) + "; one of "
          + Arrays.toString(FaultKind.values()));
    }
    boolean fatal = kind.equals("expect-fault");
    if (fault.fatal() != fatal) {
      throw new IllegalArgumentException(fault + " is " + (fault.fatal() ? "fatal: use expect-fault"
          : "not fatal: use expect-report"));
    }
    FaultShape shape = shape(words, line, 1);
    return fatal ? new Expectation.Oopses(line, text, call, fault, shape)
        : new Expectation.Reports(line, text, call, fault, shape);
  }

  /**
   * Reads {@code at LINE}, {@code in FUNC}, {@code expr "TEXT"}, {@code stack "inner outer"} and
   * {@code "message fragment"} clauses.
   */
  private static FaultShape shape(List<String> words, int line, int from) {
    Optional<Integer> at = Optional.empty();
    Optional<String> function = Optional.empty();
    Optional<String> expression = Optional.empty();
    Optional<List<String>> stack = Optional.empty();
    List<String> fragments = new ArrayList<>();
    for (int i = from; i < words.size(); i++) {
      String w = words.get(i);
      if (isQuoted(w)) {
        fragments.add(unquote(w));
      } else if (i + 1 < words.size() && w.equals("at")) {
        at = Optional.of(lineNumber(words.get(++i), line));
      } else if (i + 1 < words.size() && w.equals("in")) {
        function = Optional.of(words.get(++i));
      } else if (i + 1 < words.size() && w.equals("expr") && isQuoted(words.get(i + 1))) {
        expression = Optional.of(unquote(words.get(++i)));
      } else if (i + 1 < words.size() && w.equals("stack") && isQuoted(words.get(i + 1))) {
        stack = Optional.of(List.of(unquote(words.get(++i)).strip().split("\\s+")));
      } else {
        throw new IllegalArgumentException("unexpected " + w + " (clauses: at LINE, in FUNC, expr \"TEXT\", "
            + "stack \"FUNC FUNC\", \"message fragment\")");
      }
    }
    return new FaultShape(at, function, expression, stack, List.copyOf(fragments));
  }

  private static Expectation log(String body, int line, String text) {
    Call call = call(body);
    List<String> words = words(rest(body));
    if (words.isEmpty() || !isQuoted(words.get(0))) {
      throw new IllegalArgumentException("expected the logged line in quotes after the call");
    }
    Optional<Integer> level = Optional.empty();
    if (words.size() == 3 && words.get(1).equals("level")) {
      level = Optional.of(integer(words.get(2)).intValueExact());
    } else if (words.size() != 1) {
      throw new IllegalArgumentException("expected only 'level N' after the logged line");
    }
    return new Expectation.Logs(line, text, call, unquote(words.get(0)), level);
  }

  private static Expectation layout(String kind, String body, int line, String text) {
    Matcher m = COMPARISON.matcher(body);
    if (!m.matches()) {
      throw new IllegalArgumentException("expected TYPE == N");
    }
    Measure measure = Measure.valueOf(kind.substring("expect-".length()).toUpperCase(Locale.ROOT));
    long value = integer(m.group(2)).longValueExact();
    String subject = m.group(1).strip();
    if (measure == Measure.SIZEOF || measure == Measure.ALIGNOF) {
      return new Expectation.Layout(line, text, measure, subject, List.of(), value);
    }
    Matcher p = LAYOUT_PATH.matcher(subject);
    if (!p.matches()) {
      throw new IllegalArgumentException("expected TYPE.member[.member...] before ==");
    }
    List<String> path = List.of(p.group(2).substring(1).split("\\."));
    return new Expectation.Layout(line, text, measure, p.group(1).strip(), path, value);
  }

  private static Expectation error(String body, int line, String text) {
    List<String> words = words(body);
    if (words.size() != 2 || !isQuoted(words.get(1))) {
      throw new IllegalArgumentException("expected [file:]LINE \"message fragment\"");
    }
    String where = words.get(0);
    int colon = where.lastIndexOf(':');
    Optional<String> file = colon < 0 ? Optional.empty() : Optional.of(where.substring(0, colon));
    int at = lineNumber(where.substring(colon + 1), line);
    return new Expectation.Error(line, text, file, at, unquote(words.get(1)));
  }

  // ------------------------------------------------------------------ lexical pieces

  private static Call call(String body) {
    Matcher m = CALL.matcher(body);
    if (!m.matches()) {
      throw new IllegalArgumentException("expected a call such as f() or f(1, -2, 0x30)");
    }
    String args = m.group(2).strip();
    long[] values = args.isEmpty() ? new long[0]
        : Arrays.stream(args.split(",")).mapToLong(a -> integer(a.strip()).longValue()).toArray();
    return new Call(m.group(1), values);
  }

  private static String rest(String body) {
    Matcher m = CALL.matcher(body);
    return m.matches() ? m.group(3).strip() : "";
  }

  /** A decimal or hexadecimal integer, optionally negative, or a character {@code 'c'}, as an exact value. */
  static BigInteger integer(String s) {
    if (s.length() == 3 && s.charAt(0) == '\'' && s.charAt(2) == '\'') {
      return BigInteger.valueOf(s.charAt(1));
    }
    if (!INTEGER.matcher(s).matches()) {
      throw new IllegalArgumentException("not an integer: " + s);
    }
    boolean negative = s.startsWith("-");
    String digits = negative ? s.substring(1) : s;
    BigInteger v = digits.toLowerCase(Locale.ROOT).startsWith("0x") ? new BigInteger(digits.substring(2), 16)
        : new BigInteger(digits);
    return negative ? v.negate() : v;
  }

  /** {@code N} is a line number; {@code +N} and {@code -N} count from the comment's own line. */
  private static int lineNumber(String s, int commentLine) {
    if (s.startsWith("+") || s.startsWith("-")) {
      return commentLine + integer(s.substring(s.startsWith("+") ? 1 : 0)).intValueExact();
    }
    return integer(s).intValueExact();
  }

  /** Splits on blanks, keeping {@code "quoted strings"} (with {@code \"} and {@code \\}) as one word. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      if (Character.isWhitespace(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      if (s.charAt(i) == '"') {
        i++;
        while (i < s.length() && s.charAt(i) != '"') {
          i += s.charAt(i) == '\\' ? 2 : 1;
        }
        if (i >= s.length()) {
          throw new IllegalArgumentException("unterminated string");
        }
        i++;
      } else {
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
          i++;
        }
      }
      out.add(s.substring(start, i));
    }
    return out;
  }

  private static boolean isQuoted(String w) {
    return w.length() >= 2 && w.startsWith("\"") && w.endsWith("\"");
  }

  private static String unquote(String w) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i < w.length() - 1; i++) {
      char c = w.charAt(i);
      if (c == '\\' && i + 1 < w.length() - 1) {
        char n = w.charAt(++i);
        sb.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
