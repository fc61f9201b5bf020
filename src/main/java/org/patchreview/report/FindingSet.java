package org.patchreview.report;

import java.util.List;
import org.patchreview.diff.Verdict;

/**
 * What a review found, each problem once: the problems the patch adds, the ones it removes, and the rest that reads
 * differently (problems that changed form, then device and hardware state, members, calls and log lines); and the
 * runs that differ, grouped by board and scenario with the configs that show the same as another folded into it.
 * Every renderer opens with these, in this order.
 */
public record FindingSet(List<Finding> added, List<Finding> removed, List<Finding> changed, List<RunGroup> runs) {
  public FindingSet {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
    runs = List.copyOf(runs);
  }

  /** One board and scenario, each config's verdict, in report order. */
  public record RunGroup(String board, String scenario, List<ConfigRun> configs) {
    public RunGroup {
      configs = List.copyOf(configs);
    }

    /** {@code fixed (default; xen-dom0: as default)}, or each config's own verdict. */
    public String describe() {
      StringBuilder b = new StringBuilder();
      for (ConfigRun c : configs) {
        if (b.length() > 0) {
          b.append("; ");
        }
        b.append(c.config()).append(c.sameAs().isEmpty() ? ": " + c.verdict().word() : ": as " + c.sameAs());
        if (c.hungAt() != null && c.sameAs().isEmpty()) {
          b.append(" (compared up to the hang in ").append(c.hungAt()).append(')');
        }
      }
      return b.toString();
    }
  }

  /**
   * A run under one config: its verdict; {@code sameAs} names an earlier config whose run of the same board and
   * scenario found exactly the same ("" when none); {@code hungAt} the step where a side ran out of its step budget
   * (null when none), after which the runs are not compared.
   */
  public record ConfigRun(String config, Verdict verdict, String sameAs, String hungAt) {}

  /** The problems the patch adds, then removes, then the rest: the order every format gives them in. */
  public List<Finding> all() {
    java.util.ArrayList<Finding> out = new java.util.ArrayList<>(added);
    out.addAll(removed);
    out.addAll(changed);
    return out;
  }
}
