package org.patchreview.interp;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.patchreview.c.CParser;
import org.patchreview.c.Config;
import org.patchreview.c.ParseResult;
import org.patchreview.c.Span;
import org.patchreview.c.Type;
import org.patchreview.diag.Diagnostic;
import org.patchreview.tree.SourceTree;

/**
 * Builds one snippet (preprocess, parse, link) and checks its expectations against what the front end and the
 * interpreter do. Every call runs on a fresh {@link Machine}, so expectations do not see each other's effects. A
 * check answers with what went wrong, or nothing.
 */
final class SnippetChecker {
  private final SnippetFile snippet;
  private final List<Diagnostic> errors = new ArrayList<>();
  private Program program;
  private String crash;

  /** The outcome of one call: its value, or the oops that ended it, or the Java exception the tool threw. */
  private record Outcome(long value, Oops oops, RuntimeException crash, RecordingListener heard) {
    boolean returned() {
      return oops == null && crash == null;
    }
  }

  SnippetChecker(SourceTree tree, SnippetFile snippet) {
    this.snippet = snippet;
    try {
      ParseResult parsed = CParser.parseFile(tree, new Config("snippet", snippet.config()), snippet.path());
      parsed.diagnostics().stream().filter(Diagnostic::isError).forEach(errors::add);
      program = Program.link(snippet.path(), List.of(parsed.unit()), Primitives::lookup);
      program.diagnostics().stream().filter(Diagnostic::isError).forEach(errors::add);
      // Functions compile on first call; compile them all now, as the kernel build would.
      program.compileNow(file -> true).stream().filter(Diagnostic::isError).forEach(errors::add);
    } catch (RuntimeException e) {
      crash = "the front end or linker threw " + e + at(e);
    }
  }

  /** Problems with the build as a whole: a tool crash, or an error no {@code expect-error} accounts for. */
  Optional<String> buildProblems() {
    if (crash != null) {
      return Optional.of(crash);
    }
    List<String> unexpected = new ArrayList<>();
    for (Diagnostic d : errors) {
      boolean expected = snippet.expectations().stream()
          .anyMatch(e -> e instanceof Expectation.Error err && matches(err, d));
      if (!expected) {
        unexpected.add(d.withQuote());
      }
    }
    return unexpected.isEmpty() ? Optional.empty()
        : Optional.of("unexpected errors building the snippet:\n    " + String.join("\n    ", unexpected));
  }

  /** What is wrong with {@code e}, or empty when it holds. */
  Optional<String> check(Expectation e) {
    if (crash != null) {
      return Optional.of(crash);
    }
    return e.accept(new Expectation.Visitor<>() {
      public Optional<String> visitReturns(Expectation.Returns r) {
        return checkReturn(r, run(r.call()));
      }

      public Optional<String> visitOopses(Expectation.Oopses o) {
        return checkOops(o, run(o.call()));
      }

      public Optional<String> visitReports(Expectation.Reports r) {
        return checkReport(r, run(r.call()));
      }

      public Optional<String> visitLogs(Expectation.Logs l) {
        return checkLog(l, run(l.call()));
      }

      public Optional<String> visitWarns(Expectation.Warns w) {
        return checkWarn(w, run(w.call()));
      }

      public Optional<String> visitLayout(Expectation.Layout l) {
        return LayoutCheck.check(program, snippet.path(), l);
      }

      public Optional<String> visitError(Expectation.Error err) {
        return checkError(err);
      }
    });
  }

  // ------------------------------------------------------------------ build errors

  private Optional<String> checkError(Expectation.Error e) {
    if (errors.stream().anyMatch(d -> matches(e, d))) {
      return Optional.empty();
    }
    return Optional.of("no error at line " + e.errorLine() + " containing \"" + e.fragment() + "\"; errors were:"
        + (errors.isEmpty() ? " none" : "\n    " + errors.stream().map(Diagnostic::oneLine)
            .collect(Collectors.joining("\n    "))));
  }

  private boolean matches(Expectation.Error e, Diagnostic d) {
    return d.file().equals(e.file().orElse(snippet.path())) && d.line() == e.errorLine()
        && d.message().contains(e.fragment());
  }

  // ------------------------------------------------------------------ calls

  private Outcome run(Expectation.Call call) {
    RecordingListener heard = new RecordingListener();
    Machine m = Machine.create(program, Environment.NONE, heard, snippet.budget());
    try {
      long value = m.call(call.function(), Span.NONE, call.args());
      // A call is a step of its own: a lock it returns holding is reported, as the scenario runner does.
      m.heldLocks().forEach(lock -> heard.fault(m.stillHeld(lock, call.function() + "()", Span.NONE)));
      return new Outcome(value, null, null, heard);
    } catch (Oops o) {
      return new Outcome(0, o, null, heard);
    } catch (RuntimeException | StackOverflowError x) {
      RuntimeException wrapped = x instanceof RuntimeException r ? r : new IllegalStateException(x.toString());
      return new Outcome(0, null, wrapped, heard);
    }
  }

  private Optional<String> checkReturn(Expectation.Returns r, Outcome o) {
    if (!o.returned() || !o.heard().faults.isEmpty()) {
      return Optional.of("expected a normal return; " + describe(r.call(), o));
    }
    if (r.value().isEmpty()) {
      return Optional.empty();
    }
    BigInteger got = valueAsReturnType(r.call().function(), o.value());
    if (got.equals(r.value().get())) {
      return Optional.empty();
    }
    return Optional.of("expected " + number(r.value().get()) + ", got " + number(got) + " as "
        + returnType(r.call().function()).spell());
  }

  private Optional<String> checkOops(Expectation.Oopses e, Outcome o) {
    if (o.oops() == null) {
      return Optional.of("expected an oops (" + e.kind() + "); " + describe(e.call(), o));
    }
    return shapeProblem(e.kind(), e.shape(), o.oops().fault()).map(p -> p + "; " + describe(e.call(), o));
  }

  private Optional<String> checkReport(Expectation.Reports e, Outcome o) {
    if (!o.returned()) {
      return Optional.of("expected a report (" + e.kind() + ") and a normal return; " + describe(e.call(), o));
    }
    for (Fault f : o.heard().faults) {
      if (shapeProblem(e.kind(), e.shape(), f).isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.of("no reported fault matches; " + describe(e.call(), o));
  }

  private Optional<String> checkLog(Expectation.Logs e, Outcome o) {
    boolean found = o.heard().logs.stream().anyMatch(l -> l.text().equals(e.message())
        && e.level().map(level -> level == l.level()).orElse(true));
    return found ? Optional.empty() : Optional.of("no such log line; " + describe(e.call(), o));
  }

  private Optional<String> checkWarn(Expectation.Warns e, Outcome o) {
    if (!o.returned()) {
      return Optional.of("expected a warning and a normal return; " + describe(e.call(), o));
    }
    for (Fault w : o.heard().warnings) {
      if (shapeProblem(w.kind(), e.shape(), w).isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.of("no matching WARN_ON; " + describe(e.call(), o));
  }

  /** Why {@code f} does not have the expected kind and shape, or empty when it does. */
  private static Optional<String> shapeProblem(FaultKind kind, Expectation.FaultShape shape, Fault f) {
    List<String> wrong = new ArrayList<>();
    if (f.kind() != kind) {
      wrong.add("kind " + f.kind() + " is not " + kind);
    }
    shape.line().filter(l -> l != f.span().line()).ifPresent(l -> wrong.add("line " + f.span().line() + " is not "
        + l));
    shape.function().filter(fn -> !fn.equals(f.function())).ifPresent(fn -> wrong.add("function " + f.function()
        + " is not " + fn));
    shape.expression().filter(x -> !x.equals(f.expression())).ifPresent(x -> wrong.add("expression \""
        + f.expression() + "\" is not \"" + x + "\""));
    List<String> names = f.stack().stream().map(frame -> frame.split(" ", 2)[0]).toList();
    shape.stack().filter(st -> !st.equals(names)).ifPresent(st -> wrong.add("stack " + names + " is not " + st));
    for (String fragment : shape.fragments()) {
      if (!f.message().contains(fragment)) {
        wrong.add("message lacks \"" + fragment + "\"");
      }
    }
    return wrong.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", wrong));
  }

  // ------------------------------------------------------------------ values and descriptions

  private Type returnType(String function) {
    return program.function(function).map(fn -> fn.type().returns()).orElse(Type.Int.INT);
  }

  /** The raw value as its C return type means it: unsigned long long above 2^63 stays positive. */
  private BigInteger valueAsReturnType(String function, long raw) {
    Type t = returnType(function);
    if (t instanceof Type.Int i && i.kind() == Type.IntKind.ULLONG) {
      return new BigInteger(Long.toUnsignedString(raw));
    }
    return BigInteger.valueOf(raw);
  }

  private String describe(Expectation.Call call, Outcome o) {
    StringBuilder sb = new StringBuilder(call.toString());
    if (o.crash() != null) {
      sb.append(" made the interpreter throw ").append(o.crash()).append(at(o.crash()));
    } else if (o.oops() != null) {
      Fault f = o.oops().fault();
      sb.append(" oopsed: ").append(fault(f));
    } else {
      BigInteger v = valueAsReturnType(call.function(), o.value());
      sb.append(" returned ").append(number(v));
    }
    for (Fault f : o.heard().faults) {
      sb.append("\n      reported ").append(fault(f));
    }
    for (Fault w : o.heard().warnings) {
      sb.append("\n      warned ").append(fault(w));
    }
    for (RecordingListener.LogLine l : o.heard().logs) {
      sb.append("\n      logged ").append(l);
    }
    return sb.toString();
  }

  /** A value in decimal and hexadecimal: {@code -3 (-0x3)}. */
  private static String number(BigInteger v) {
    return v + " (" + (v.signum() < 0 ? "-0x" + v.negate().toString(16) : "0x" + v.toString(16)) + ")";
  }

  /** Where a Java exception came from: the top frames, enough to find the bug. */
  private static String at(Throwable t) {
    StringBuilder sb = new StringBuilder();
    StackTraceElement[] frames = t.getStackTrace();
    for (int i = 0; i < Math.min(4, frames.length); i++) {
      sb.append("\n      at ").append(frames[i]);
    }
    return sb.toString();
  }

  private static String fault(Fault f) {
    return f.kind() + " in " + f.function() + " at line " + f.span().line() + ": " + f.message()
        + (f.expression().isEmpty() ? "" : " [expr " + f.expression() + "]") + " stack " + f.stack();
  }
}
