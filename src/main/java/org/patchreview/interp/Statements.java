package org.patchreview.interp;

import java.util.Map;
import org.patchreview.c.Span;

/** The statement nodes: blocks (with goto), conditionals, loops, switch and jumps. */
final class Statements {
  private Statements() {}

  static final class ExprStmt extends StmtNode {
    private final ExprNode expr;

    ExprStmt(Span span, ExprNode expr) {
      super(span);
      this.expr = expr;
    }

    @Override
    int exec(Frame f) {
      f.machine.step(this);
      expr.eval(f);
      return NORMAL;
    }
  }

  static final class Empty extends StmtNode {
    Empty(Span span) {
      super(span);
    }

    @Override
    int exec(Frame f) {
      f.machine.cover(this);
      return NORMAL;
    }
  }

  /**
   * A block. Each label defined in it, directly or nested inside one of its statements, maps to that statement's
   * position, so a goto (forward, back, or into a nested block) resumes there; a switch enters at a case's position.
   */
  static final class Block extends StmtNode {
    final StmtNode[] items;
    final Map<String, Integer> labels;
    private final java.util.Set<String> direct;
    private final java.util.Set<String> all;

    Block(Span span, StmtNode[] items, Map<String, Integer> direct) {
      super(span);
      this.items = items;
      this.direct = java.util.Set.copyOf(direct.keySet());
      Map<String, Integer> at = new java.util.HashMap<>(direct);
      for (int i = 0; i < items.length; i++) {
        for (String l : items[i].labels()) {
          at.putIfAbsent(l, i);
        }
      }
      this.labels = Map.copyOf(at);
      this.all = java.util.Set.copyOf(at.keySet());
    }

    @Override
    java.util.Set<String> labels() {
      return all;
    }

    @Override
    int exec(Frame f) {
      f.machine.cover(this);
      return execFrom(f, 0);
    }

    @Override
    int enter(Frame f, String label) {
      f.machine.cover(this);
      return jump(f, label);
    }

    int execFrom(Frame f, int start) {
      int i = start;
      while (i < items.length) {
        int c = items[i].exec(f);
        if (c == NORMAL) {
          i++;
          continue;
        }
        if (c == GOTO && labels.containsKey(f.gotoLabel)) {
          f.machine.step(this);
          String label = f.gotoLabel;
          f.gotoLabel = null;
          return jump(f, label);
        }
        return c;
      }
      return NORMAL;
    }

    private int jump(Frame f, String label) {
      int i = labels.get(label);
      if (direct.contains(label)) {
        return execFrom(f, i);
      }
      int c = items[i].enter(f, label);
      if (c == GOTO && labels.containsKey(f.gotoLabel)) {
        String next = f.gotoLabel;
        f.gotoLabel = null;
        return jump(f, next);
      }
      return c == NORMAL ? execFrom(f, i + 1) : c;
    }
  }

  /** A label on a statement that is not directly in a block ({@code if (x) out: y;}). */
  static final class Labeled extends StmtNode {
    private final String label;
    private final StmtNode body;
    private final java.util.Set<String> all;

    Labeled(Span span, String label, StmtNode body) {
      super(span);
      this.label = label;
      this.body = body;
      java.util.Set<String> s = new java.util.HashSet<>(body.labels());
      s.add(label);
      this.all = java.util.Set.copyOf(s);
    }

    @Override
    java.util.Set<String> labels() {
      return all;
    }

    @Override
    int exec(Frame f) {
      f.machine.cover(this);
      return body.exec(f);
    }

    @Override
    int enter(Frame f, String l) {
      f.machine.cover(this);
      return l.equals(label) ? body.exec(f) : body.enter(f, l);
    }
  }

  static final class If extends StmtNode {
    private final ExprNode cond;
    private final StmtNode then;
    private final StmtNode otherwise;

    If(Span span, ExprNode cond, StmtNode then, StmtNode otherwise) {
      super(span);
      this.cond = cond;
      this.then = then;
      this.otherwise = otherwise;
    }

    @Override
    int exec(Frame f) {
      f.machine.step(this);
      if (cond.eval(f) != 0) {
        return then.exec(f);
      }
      return otherwise == null ? NORMAL : otherwise.exec(f);
    }

    @Override
    java.util.Set<String> labels() {
      return union(then, otherwise);
    }

    /** Entering a branch by goto skips the condition, as the compiled code does. */
    @Override
    int enter(Frame f, String label) {
      return then.labels().contains(label) ? then.enter(f, label) : otherwise.enter(f, label);
    }
  }

  /** {@code while}, {@code do}/{@code while} and {@code for} (with {@code cond} null meaning forever). */
  static final class Loop extends StmtNode {
    private final StmtNode init;
    private final ExprNode cond;
    private final ExprNode step;
    private final StmtNode body;
    private final boolean testFirst;

    Loop(Span span, StmtNode init, ExprNode cond, ExprNode step, StmtNode body, boolean testFirst) {
      super(span);
      this.init = init;
      this.cond = cond;
      this.step = step;
      this.body = body;
      this.testFirst = testFirst;
    }

    @Override
    java.util.Set<String> labels() {
      return body.labels();
    }

    @Override
    int exec(Frame f) {
      if (init != null) {
        init.exec(f);
      }
      return run(f, null);
    }

    /** Entering the body by goto: run it from the label, then go on with the loop (step, test, body...). */
    @Override
    int enter(Frame f, String label) {
      return run(f, label);
    }

    private int run(Frame f, String entry) {
      boolean first = entry == null;
      boolean entering = entry != null;
      while (true) {
        f.machine.step(this);
        if (!entering && (testFirst || !first) && cond != null && cond.eval(f) == 0) {
          return NORMAL;
        }
        first = false;
        int c = entering ? body.enter(f, entry) : body.exec(f);
        entering = false;
        if (c == BREAK) {
          return NORMAL;
        }
        if (c == RETURN || c == GOTO) {
          return c;
        }
        if (step != null) {
          step.eval(f);
        }
      }
    }
  }

  /** {@code switch}: enters the body block at the matching case, else at default, else skips it. */
  static final class Switch extends StmtNode {
    private final ExprNode selector;
    private final Block body;
    private final long[] lows;
    private final long[] highs;
    private final int[] targets;
    private final int defaultTarget;

    Switch(Span span, ExprNode selector, Block body, long[] lows, long[] highs, int[] targets, int defaultTarget) {
      super(span);
      this.selector = selector;
      this.body = body;
      this.lows = lows;
      this.highs = highs;
      this.targets = targets;
      this.defaultTarget = defaultTarget;
    }

    @Override
    int exec(Frame f) {
      f.machine.step(this);
      long v = selector.eval(f);
      int target = defaultTarget;
      for (int i = 0; i < lows.length; i++) {
        if (v >= lows[i] && v <= highs[i]) {
          target = targets[i];
          break;
        }
      }
      if (target < 0) {
        return NORMAL;
      }
      int c = body.execFrom(f, target);
      return c == BREAK ? NORMAL : c;
    }

    @Override
    java.util.Set<String> labels() {
      return body.labels();
    }

    @Override
    int enter(Frame f, String label) {
      int c = body.enter(f, label);
      return c == BREAK ? NORMAL : c;
    }
  }

  static final class Return extends StmtNode {
    private final ExprNode value;

    Return(Span span, ExprNode value) {
      super(span);
      this.value = value;
    }

    @Override
    int exec(Frame f) {
      f.machine.step(this);
      if (value != null) {
        f.returnValue = value.eval(f);
      }
      return RETURN;
    }
  }

  /** {@code break}, {@code continue}, or {@code goto label}. */
  static final class Jump extends StmtNode {
    private final int kind;
    private final String label;

    Jump(Span span, int kind, String label) {
      super(span);
      this.kind = kind;
      this.label = label;
    }

    @Override
    int exec(Frame f) {
      f.machine.cover(this);
      if (kind == GOTO) {
        f.gotoLabel = label;
      }
      return kind;
    }
  }

  /** A statement the interpreter cannot run: a fault when reached, not before. */
  static final class Unsupported extends StmtNode {
    private final String reason;

    Unsupported(Span span, String reason) {
      super(span);
      this.reason = reason;
    }

    @Override
    int exec(Frame f) {
      f.machine.cover(this);
      throw new Oops(f.machine.faultRecord(FaultKind.UNSUPPORTED, reason, Site.at(span, reason), null));
    }
  }
}
