package org.patchreview.interp;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * One inline expectation of a C snippet ({@code // expect...: ...}), with the line of the comment that states it and
 * its text, so that a mismatch can say {@code file:line: expectation} and what happened instead.
 */
sealed interface Expectation {

  /** The line of the comment (1-based). */
  int line();

  /** The directive as written, without the {@code //}. */
  String text();

  <R> R accept(Visitor<R> v);

  /** Double dispatch over the kinds of expectation. */
  interface Visitor<R> {
    R visitReturns(Returns e);

    R visitOopses(Oopses e);

    R visitReports(Reports e);

    R visitLogs(Logs e);

    R visitWarns(Warns e);

    R visitLayout(Layout e);

    R visitError(Error e);
  }

  /** A call of an external function of the snippet with integer arguments: {@code f(3, -1, 0x10)}. */
  record Call(String function, long[] args) {
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(function).append('(');
      for (int i = 0; i < args.length; i++) {
        sb.append(i == 0 ? "" : ", ").append(args[i]);
      }
      return sb.append(')').toString();
    }
  }

  /**
   * What a fault must look like beyond its kind; each part is optional. {@code stack} lists the function names of
   * the C call stack, innermost first.
   */
  record FaultShape(Optional<Integer> line, Optional<String> function, Optional<String> expression,
      Optional<List<String>> stack, List<String> fragments) {}

  /** {@code expect: f(args) == value}: returns normally, reports no fault, and (if given) returns the value. */
  record Returns(int line, String text, Call call, Optional<BigInteger> value) implements Expectation {
    public <R> R accept(Visitor<R> v) {
      return v.visitReturns(this);
    }
  }

  /** {@code expect-fault: f() KIND ...}: the call oopses with a fatal fault of that kind. */
  record Oopses(int line, String text, Call call, FaultKind kind, FaultShape shape) implements Expectation {
    public <R> R accept(Visitor<R> v) {
      return v.visitOopses(this);
    }
  }

  /** {@code expect-report: f() KIND ...}: the call reports a non-fatal fault of that kind and returns. */
  record Reports(int line, String text, Call call, FaultKind kind, FaultShape shape) implements Expectation {
    public <R> R accept(Visitor<R> v) {
      return v.visitReports(this);
    }
  }

  /** {@code expect-log: f() "text" [level N]}: the call logs exactly that line (after the KERN_ prefix). */
  record Logs(int line, String text, Call call, String message, Optional<Integer> level) implements Expectation {
    public <R> R accept(Visitor<R> v) {
      return v.visitLogs(this);
    }
  }

  /** {@code expect-warn: f() [at LINE] ["fragment"]}: a WARN_ON fires and the call returns. */
  record Warns(int line, String text, Call call, FaultShape shape) implements Expectation {
    public <R> R accept(Visitor<R> v) {
      return v.visitWarns(this);
    }
  }

  /** What a layout expectation measures. */
  enum Measure {
    SIZEOF, ALIGNOF, OFFSETOF, BITOFFSET, BITWIDTH
  }

  /**
   * {@code expect-sizeof: struct foo == 12}, {@code expect-offsetof: struct foo.a.b == 8} and friends, read from
   * the struct layout the interpreter uses. {@code path} is empty for sizeof and alignof.
   */
  record Layout(int line, String text, Measure measure, String type, List<String> path, long value)
      implements Expectation {
    public <R> R accept(Visitor<R> v) {
      return v.visitLayout(this);
    }
  }

  /** {@code expect-error: [file:]LINE "fragment"}: building the snippet reports an error there. */
  record Error(int line, String text, Optional<String> file, int errorLine, String fragment) implements Expectation {
    public <R> R accept(Visitor<R> v) {
      return v.visitError(this);
    }
  }
}
