package org.patchreview.diff;

/**
 * Why a difference happened: where the runs before and after the patch part, aligned on the statements they execute.
 * {@code at} is the last statement both ran (null when they part as the action starts), {@code before} and
 * {@code after} the first statement only that run executed (null when it ran nothing the other did not), and
 * {@code hunk} the hunk that made them part (null when none could be named). {@code viaState} says the hunk was met
 * at an earlier parting whose effect on memory carries over to this one, not at this parting itself.
 */
public record Divergence(Statement at, Statement before, Statement after, HunkRef hunk, boolean viaState) {
  /** A statement a run executed: {@code file:line} in that run's tree, the function, its source line. */
  public record Statement(String location, String function, String text) {
    String quoted() {
      return "\"" + text + "\" (" + location + ")";
    }
  }

  /** The function the runs part in: where the first statement only one of them ran is. */
  public String function() {
    Statement s = after != null ? after : before != null ? before : at;
    return s == null ? "" : s.function();
  }

  /** One sentence for reports; {@code series} names each hunk's patch. */
  public String sentence(boolean series) {
    StringBuilder b = new StringBuilder("runs part in ").append(function());
    if (at != null) {
      b.append(" after ").append(at.quoted());
    }
    b.append(": ");
    if (before != null && after != null) {
      b.append("before runs ").append(before.quoted()).append(", after runs ").append(after.quoted());
    } else if (after != null) {
      b.append("only after runs ").append(after.quoted());
    } else if (before != null) {
      b.append("only before runs ").append(before.quoted());
    }
    if (hunk != null) {
      b.append(viaState ? "; caused by what " : "; caused by ").append(hunk.name(series))
          .append(viaState ? " stored earlier" : "");
    }
    return b.toString();
  }
}
