package org.patchreview.c;

import java.util.List;
import org.patchreview.grammar.KernelCLexer;

/**
 * Evaluates the expression of an {@code #if} or {@code #elif} after {@code defined} and macros have been replaced:
 * in {@code intmax_t}/{@code uintmax_t} as the preprocessor does (an operation with an unsigned operand is
 * unsigned), with any remaining identifier counting as 0.
 */
final class ConditionEvaluator {
  private final List<CToken> tokens;
  private final java.util.function.Predicate<String> unknown;
  private final long unknownValue;
  private int pos;
  private String error;
  private boolean sawUnknown;

  private ConditionEvaluator(List<CToken> tokens, java.util.function.Predicate<String> unknown, long unknownValue) {
    this.tokens = tokens;
    this.unknown = unknown;
    this.unknownValue = unknownValue;
  }

  /** The value, or an error message when the expression is malformed. */
  record Outcome(long value, String error) {}

  /** A preprocessor value: 64 bits, signed or unsigned. */
  private record V(long v, boolean unsigned) {
    static final V ZERO = new V(0, false);
    static final V ONE = new V(1, false);

    static V bool(boolean b) {
      return b ? ONE : ZERO;
    }
  }

  static Outcome evaluate(List<CToken> tokens) {
    return evaluate(tokens, name -> false, 0).outcome;
  }

  /**
   * The value when every name {@code unknown} accepts (a macro from a header that was not read) may stand for any
   * value: tried as 0, 1 and a large number, the condition is decided only when all three agree.
   */
  static Conditionals.Truth truth(List<CToken> tokens, java.util.function.Predicate<String> unknown) {
    Run zero = evaluate(tokens, unknown, 0);
    if (zero.outcome.error() != null) {
      return Conditionals.Truth.UNKNOWN;
    }
    if (!zero.sawUnknown) {
      return zero.outcome.value() != 0 ? Conditionals.Truth.TRUE : Conditionals.Truth.FALSE;
    }
    boolean z = zero.outcome.value() != 0;
    boolean one = evaluate(tokens, unknown, 1).outcome.value() != 0;
    boolean big = evaluate(tokens, unknown, 1000).outcome.value() != 0;
    if (z == one && one == big) {
      return z ? Conditionals.Truth.TRUE : Conditionals.Truth.FALSE;
    }
    return Conditionals.Truth.UNKNOWN;
  }

  private record Run(Outcome outcome, boolean sawUnknown) {}

  private static Run evaluate(List<CToken> tokens, java.util.function.Predicate<String> unknown, long value) {
    ConditionEvaluator e = new ConditionEvaluator(tokens, unknown, value);
    V v = e.conditional();
    if (e.error == null && e.pos < tokens.size()) {
      e.error = "unexpected \"" + tokens.get(e.pos).getText() + "\" in #if expression";
    }
    return new Run(new Outcome(v.v(), e.error), e.sawUnknown);
  }

  private String peek() {
    return pos < tokens.size() ? tokens.get(pos).getText() : "";
  }

  private boolean accept(String s) {
    if (peek().equals(s)) {
      pos++;
      return true;
    }
    return false;
  }

  private V conditional() {
    V c = binary(0);
    if (accept("?")) {
      V a = conditional();
      if (!accept(":")) {
        fail("expected ':' in #if expression");
      }
      V b = conditional();
      boolean unsigned = a.unsigned() || b.unsigned();
      V r = c.v() != 0 ? a : b;
      return new V(r.v(), unsigned);
    }
    return c;
  }

  private static final String[][] LEVELS = {
    {"||"}, {"&&"}, {"|"}, {"^"}, {"&"}, {"==", "!="}, {"<", ">", "<=", ">="}, {"<<", ">>"}, {"+", "-"}, {"*", "/", "%"}
  };

  private V binary(int level) {
    if (level == LEVELS.length) {
      return unary();
    }
    V left = binary(level + 1);
    while (true) {
      String op = null;
      for (String candidate : LEVELS[level]) {
        if (peek().equals(candidate)) {
          op = candidate;
        }
      }
      if (op == null) {
        return left;
      }
      pos++;
      V right = binary(level + 1);
      left = apply(op, left, right);
    }
  }

  private V apply(String op, V x, V y) {
    long a = x.v();
    long b = y.v();
    boolean u = x.unsigned() || y.unsigned();
    int cmp = u ? Long.compareUnsigned(a, b) : Long.compare(a, b);
    return switch (op) {
      case "||" -> V.bool(a != 0 || b != 0);
      case "&&" -> V.bool(a != 0 && b != 0);
      case "|" -> new V(a | b, u);
      case "^" -> new V(a ^ b, u);
      case "&" -> new V(a & b, u);
      case "==" -> V.bool(a == b);
      case "!=" -> V.bool(a != b);
      case "<" -> V.bool(cmp < 0);
      case ">" -> V.bool(cmp > 0);
      case "<=" -> V.bool(cmp <= 0);
      case ">=" -> V.bool(cmp >= 0);
      case "<<" -> new V(a << b, x.unsigned());
      case ">>" -> new V(x.unsigned() ? a >>> b : a >> b, x.unsigned());
      case "+" -> new V(a + b, u);
      case "-" -> new V(a - b, u);
      case "*" -> new V(a * b, u);
      case "/", "%" -> {
        if (b == 0) {
          fail("division by zero in #if expression");
          yield V.ZERO;
        }
        long q = u ? (op.equals("/") ? Long.divideUnsigned(a, b) : Long.remainderUnsigned(a, b))
            : (op.equals("/") ? a / b : a % b);
        yield new V(q, u);
      }
      default -> V.ZERO;
    };
  }

  private V unary() {
    if (accept("!")) {
      return V.bool(unary().v() == 0);
    }
    if (accept("-")) {
      V v = unary();
      return new V(-v.v(), v.unsigned());
    }
    if (accept("+")) {
      return unary();
    }
    if (accept("~")) {
      V v = unary();
      return new V(~v.v(), v.unsigned());
    }
    return primary();
  }

  private V primary() {
    if (pos >= tokens.size()) {
      fail("#if expression ends early");
      return V.ZERO;
    }
    CToken t = tokens.get(pos++);
    if (t.getText().equals("(")) {
      V v = conditional();
      if (!accept(")")) {
        fail("missing ')' in #if expression");
      }
      return v;
    }
    return switch (t.getType()) {
      case KernelCLexer.IntegerConstant -> {
        // In #if every constant is intmax_t, or uintmax_t with a U suffix or when it does not fit (C11 6.10.1p4).
        Literals.IntValue i;
        try {
          i = Literals.integer(t.getText());
        } catch (CInputException e) {
          fail(e.getMessage());
          yield V.ZERO;
        }
        yield new V(i.value(), i.value() < 0 || t.getText().toLowerCase(java.util.Locale.ROOT).contains("u"));
      }
      case KernelCLexer.CharacterConstant -> new V(Literals.character(t.getText()), false);
      case KernelCLexer.Identifier -> name(t);
      default -> {
        if (Character.isLetter(t.getText().charAt(0)) || t.getText().startsWith("_")) {
          yield name(t);
        }
        fail("unexpected \"" + t.getText() + "\" in #if expression");
        yield V.ZERO;
      }
    };
  }

  /** A name left after expansion: 0, or the value tried for unknown names. */
  private V name(CToken t) {
    skipCall();
    if (unknown.test(t.getText())) {
      sawUnknown = true;
      return new V(unknownValue, false);
    }
    return V.ZERO;
  }

  /** An identifier left after expansion is 0; a call of an unknown function-like name ({@code __has_attribute(x)}) too. */
  private void skipCall() {
    if (peek().equals("(")) {
      int depth = 0;
      do {
        String s = peek();
        if (s.equals("(")) {
          depth++;
        } else if (s.equals(")")) {
          depth--;
        }
        pos++;
      } while (depth > 0 && pos < tokens.size());
    }
  }

  private void fail(String message) {
    if (error == null) {
      error = message;
    }
  }
}
