package org.patchreview.report;

import java.util.List;
import java.util.Locale;
import org.patchreview.diff.Divergence;
import org.patchreview.observe.Observation;

/**
 * One problem or difference in behaviour, counted once however many runs show it: its direction, kind, C location
 * and object, the text before and after ({@code (absent)} on the side that lacks it), the runs that show it
 * ({@code board/config/scenario}), the simplest of them as its {@link Witness}, and why the runs part there (from the
 * witness; null when not known). {@code observation} is the problem as the witness saw it (null for behaviour).
 */
public record Finding(Direction direction, String kind, Location location, String object, String before,
    String after, String key, List<String> runs, Witness witness, Divergence why, Observation observation) {

  public Finding {
    runs = List.copyOf(runs);
  }

  /** Whether a problem appeared, went away, or something reads differently after the patch. */
  public enum Direction {
    NEW, GONE, CHANGED;

    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A place in the C: a file of the patched tree and a line (0 when only the file is known). */
  public record Location(String file, int line) {
    /** From {@code file:line}; null for an empty text. */
    static Location parse(String fileLine) {
      if (fileLine == null || fileLine.isEmpty()) {
        return null;
      }
      int colon = fileLine.lastIndexOf(':');
      if (colon > 0 && fileLine.substring(colon + 1).chars().allMatch(Character::isDigit)
          && colon < fileLine.length() - 1) {
        return new Location(fileLine.substring(0, colon), Integer.parseInt(fileLine.substring(colon + 1)));
      }
      return new Location(fileLine, 0);
    }

    @Override
    public String toString() {
      return line > 0 ? file + ":" + line : file;
    }
  }

  /** A fault, leak, warning or broken invariant: what decides a verdict. */
  public boolean isProblem() {
    return Observation.PROBLEM_KINDS.contains(kind);
  }

  /** A call or log line that differs: the detail under a changed behaviour, counted rather than listed by default. */
  public boolean isCallOrLog() {
    return kind.equals("call") || kind.equals("log");
  }

  /** The text of the side that has it: after, unless it went away. */
  public String text() {
    return direction == Direction.GONE ? before : after;
  }

  /** {@code fault new: ...}, {@code sata0 dma_ops: arm_dma_ops -> NULL}: as a run's line, without its step. */
  public String line() {
    boolean gone = direction == Direction.GONE;
    boolean added = direction == Direction.NEW;
    if (isProblem()) {
      return kind + (gone ? " gone: " + before : added ? " new: " + after : ": " + before + " -> " + after);
    }
    String at = location == null ? "" : " at " + location;
    return switch (kind) {
      case "state" -> object + ": " + before + " -> " + after;
      case "field" -> object + (added ? " = " + after + " (new member)" : gone ? " = " + before
          + " (member removed)" : ": " + before + " -> " + after);
      default -> kind + " " + (gone ? before + at + " (before only)" : added ? after + at + " (after only)"
          : before + " -> " + after + at);
    };
  }

  /**
   * A problem in a few words, without the action or the message that change from run to run:
   * {@code NULL pointer dereference in __alloc_iova at arch/arm/mm/dma-mapping.c:205}.
   */
  public String brief() {
    if (observation instanceof Observation.FaultSeen f) {
      return f.fault().kind().words + " in " + f.fault().function() + " at " + location
          + (object.isEmpty() ? "" : " (" + object + ")");
    } else if (observation instanceof Observation.Warning w) {
      String text = w.text();
      return text.substring(0, text.lastIndexOf(" during "));
    } else if (observation instanceof Observation.Leak l) {
      return "leak of " + l.type() + " allocated by " + l.allocatedBy() + " at " + l.location();
    } else if (observation instanceof Observation.Violation v) {
      return v.invariant() + ": " + v.device() + " (behind " + v.iommu() + ")";
    }
    return line();
  }

  /** {@code in 4 runs, e.g. lager/default/rebind (steps probe, unbind)}. */
  public String seen() {
    return "in " + runs.size() + (runs.size() == 1 ? " run" : " runs") + (runs.size() == 1 ? ": " : ", simplest ")
        + witness.name() + " (" + witness.length() + (witness.length() == 1 ? " step" : " steps") + ": "
        + String.join(", ", witness.steps()) + ")";
  }
}
