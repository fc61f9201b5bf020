package org.patchreview.c;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code #if} nesting of one preprocessor run. A condition is true, false, or (for unpreprocessed code, where
 * the headers and often the config are missing) unknown. A chain whose conditions are unknown is read once per
 * branch, the way Coccinelle parses both sides of an {@code #ifdef}: pass {@code k} takes the chain's {@code k}-th
 * unknown branch, and the {@code #else} (or the first true branch) when no earlier one was taken.
 */
final class Conditionals {
  /** The value of an {@code #if} condition. */
  enum Truth { TRUE, FALSE, UNKNOWN }

  /**
   * One level: the branch being read is {@code active}; {@code unknowns} counts unknown branches so far;
   * {@code pick} is the unknown branch this pass takes.
   */
  private record Level(boolean parentActive, boolean active, boolean taken, boolean decided, boolean sawElse,
      int unknowns, boolean tail, int pick, boolean guessed, CToken at) {}

  private final Deque<Level> levels = new ArrayDeque<>();
  private final int pass;
  private int passesNeeded = 1;

  Conditionals(int pass) {
    this.pass = pass;
  }

  boolean active() {
    return levels.isEmpty() || levels.peek().active();
  }

  /** Whether the code being read is read because of known conditions only, not a guessed branch. */
  boolean certain() {
    for (Level l : levels) {
      if (l.guessed()) {
        return false;
      }
    }
    return true;
  }

  int depth() {
    return levels.size();
  }

  /** How many passes read every branch of the unknown chains seen so far (at least 1). */
  int passesNeeded() {
    return passesNeeded;
  }

  /**
   * Opens a chain of {@code branches} branches ({@code #if}, {@code #elif}s, {@code #else}). A pass past the
   * chain's branches reads it as the first pass does, so a chain nested in a one-branch chain is still read
   * branch by branch.
   */
  void open(CToken at, Truth truth, int branches) {
    boolean parent = active();
    int pick = pass < branches ? pass : 0;
    levels.push(branch(new Level(parent, false, false, false, false, 0, false, pick, false, at), truth));
  }

  /**
   * Begins a file: a {@code #elif}, {@code #else} or {@code #endif} in it acts only on what it opened itself, as each
   * file's conditionals must balance in C; one with none of its own open is an error in that file, and leaves the
   * conditional of the file that includes it alone. Returns what {@link #endFile} takes back.
   */
  int beginFile() {
    int outer = floor;
    floor = levels.size();
    return outer;
  }

  void endFile(int outer) {
    floor = outer;
  }

  /** How many levels files outside the one being read have open. */
  private int floor;

  private boolean noneOpenHere() {
    return levels.size() <= floor;
  }

  /** Returns an error message, or null. */
  String elif(CToken at, Truth truth) {
    if (noneOpenHere()) {
      return "#elif without #if";
    }
    Level l = levels.pop();
    levels.push(branch(l, truth));
    return l.sawElse() ? "#elif after #else" : null;
  }

  /** Returns an error message, or null. */
  String otherwise(CToken at) {
    if (noneOpenHere()) {
      return "#else without #if";
    }
    Level l = levels.pop();
    boolean now = l.parentActive() && !l.taken();
    levels.push(new Level(l.parentActive(), now, true, true, true, l.unknowns(), l.tail() || !l.decided(), l.pick(),
        now && l.unknowns() > 0, l.at()));
    return l.sawElse() ? "second #else for the same #if" : null;
  }

  /** Returns an error message, or null. */
  String close(CToken at) {
    if (noneOpenHere()) {
      return "#endif without #if";
    }
    Level l = levels.pop();
    if (l.unknowns() > 0) {
      passesNeeded = Math.max(passesNeeded, l.unknowns() + (l.tail() ? 1 : 0));
    }
    return null;
  }

  /** Closes the levels opened since {@code depth}, returning where each was opened (innermost first). */
  List<CToken> unwind(int depth) {
    List<CToken> open = new ArrayList<>();
    while (levels.size() > depth) {
      open.add(levels.pop().at());
    }
    return open;
  }

  private Level branch(Level l, Truth truth) {
    boolean active = false;
    boolean taken = l.taken();
    boolean decided = l.decided();
    boolean tail = l.tail();
    int unknowns = l.unknowns();
    switch (truth) {
      case TRUE -> {
        active = l.parentActive() && !taken;
        tail |= !decided;
        decided = true;
        taken = true;
      }
      case FALSE -> { }
      case UNKNOWN -> {
        if (!decided) {
          active = l.parentActive() && !taken && unknowns == l.pick();
          taken |= unknowns == l.pick();
          unknowns++;
        }
      }
    }
    boolean guessed = active && unknowns > 0;
    return new Level(l.parentActive(), active, taken, decided, l.sawElse(), unknowns, tail, l.pick(), guessed,
        l.at());
  }

  /**
   * For each {@code #if}, {@code #ifdef} and {@code #ifndef} of the file, how many branches its chain has; also
   * adds the include guards ({@code #ifndef X} then {@code #define X}), to {@code guards}.
   */
  static Map<CToken, Integer> branchCounts(List<SourceLexer.Line> lines, Set<String> guards) {
    Map<CToken, Integer> counts = new java.util.IdentityHashMap<>();
    Deque<CToken> open = new ArrayDeque<>();
    Deque<Integer> count = new ArrayDeque<>();
    CToken previous = null;
    for (SourceLexer.Line line : lines) {
      if (!line.directive() || line.tokens().size() < 2) {
        continue;
      }
      CToken name = line.tokens().get(1);
      if (previous != null && name.getText().equals("define") && line.tokens().size() > 2
          && line.tokens().get(2).getText().equals(previous.getText())) {
        guards.add(previous.getText());
      }
      previous = name.getText().equals("ifndef") && line.tokens().size() > 2 ? line.tokens().get(2) : null;
      switch (name.getText()) {
        case "if", "ifdef", "ifndef" -> {
          open.push(name);
          count.push(1);
        }
        case "elif", "else" -> {
          if (!count.isEmpty()) {
            count.push(count.pop() + 1);
          }
        }
        case "endif" -> {
          if (!open.isEmpty()) {
            counts.put(open.pop(), count.pop());
          }
        }
        default -> { }
      }
    }
    return counts;
  }
}
