package org.patchreview.c;

import java.util.List;
import org.patchreview.grammar.KernelCLexer;

/**
 * Evaluates the expression of an {@code #if} or {@code #elif} after {@code defined} and macros have been replaced:
 * integer arithmetic as the preprocessor does it, with any remaining identifier counting as 0.
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
    long v = e.conditional();
    if (e.error == null && e.pos < tokens.size()) {
      e.error = "unexpected \"" + tokens.get(e.pos).getText() + "\" in #if expression";
    }
    return new Run(new Outcome(v, e.error), e.sawUnknown);
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

  private long conditional() {
    long c = binary(0);
    if (accept("?")) {
      long a = conditional();
      if (!accept(":")) {
        fail("expected ':' in #if expression");
      }
      long b = conditional();
      return c != 0 ? a : b;
    }
    return c;
  }

  private static final String[][] LEVELS = {
    {"||"}, {"&&"}, {"|"}, {"^"}, {"&"}, {"==", "!="}, {"<", ">", "<=", ">="}, {"<<", ">>"}, {"+", "-"}, {"*", "/", "%"}
  };

  private long binary(int level) {
    if (level == LEVELS.length) {
      return unary();
    }
    long left = binary(level + 1);
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
      long right = binary(level + 1);
      left = apply(op, left, right);
    }
  }

  private long apply(String op, long a, long b) {
    return switch (op) {
      case "||" -> (a != 0 || b != 0) ? 1 : 0;
      case "&&" -> (a != 0 && b != 0) ? 1 : 0;
      case "|" -> a | b;
      case "^" -> a ^ b;
      case "&" -> a & b;
      case "==" -> a == b ? 1 : 0;
      case "!=" -> a != b ? 1 : 0;
      case "<" -> a < b ? 1 : 0;
      case ">" -> a > b ? 1 : 0;
      case "<=" -> a <= b ? 1 : 0;
      case ">=" -> a >= b ? 1 : 0;
      case "<<" -> a << b;
      case ">>" -> a >> b;
      case "+" -> a + b;
      case "-" -> a - b;
      case "*" -> a * b;
      case "/", "%" -> {
        if (b == 0) {
          fail("division by zero in #if expression");
          yield 0;
        }
        yield op.equals("/") ? a / b : a % b;
      }
      default -> 0;
    };
  }

  private long unary() {
    if (accept("!")) {
      return unary() == 0 ? 1 : 0;
    }
    if (accept("-")) {
      return -unary();
    }
    if (accept("+")) {
      return unary();
    }
    if (accept("~")) {
      return ~unary();
    }
    return primary();
  }

  private long primary() {
    if (pos >= tokens.size()) {
      fail("#if expression ends early");
      return 0;
    }
    CToken t = tokens.get(pos++);
    if (t.getText().equals("(")) {
      long v = conditional();
      if (!accept(")")) {
        fail("missing ')' in #if expression");
      }
      return v;
    }
    return switch (t.getType()) {
      case KernelCLexer.IntegerConstant -> Literals.integer(t.getText()).value();
      case KernelCLexer.CharacterConstant -> Literals.character(t.getText());
      case KernelCLexer.Identifier -> name(t);
      default -> {
        if (Character.isLetter(t.getText().charAt(0)) || t.getText().startsWith("_")) {
          yield name(t);
        }
        fail("unexpected \"" + t.getText() + "\" in #if expression");
        yield 0;
      }
    };
  }

  /** A name left after expansion: 0, or the value tried for unknown names. */
  private long name(CToken t) {
    skipCall();
    if (unknown.test(t.getText())) {
      sawUnknown = true;
      return unknownValue;
    }
    return 0;
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
