package org.patchreview.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * What exploring one (board, config) gave: each finding with its shortest witness, and how far and how fast the
 * exploration went. {@code reached} is the depth explored completely; below {@code depth} when a budget ran out
 * ({@code stoppedBy} says which), never a hang.
 */
public record ExploreResult(String board, String config, int depth, int reached, String stoppedBy,
    List<Finding> findings, List<Integer> statesPerDepth, long transitions, long nanos) {

  public ExploreResult {
    findings = List.copyOf(findings);
    statesPerDepth = List.copyOf(statesPerDepth);
  }

  public boolean complete() {
    return stoppedBy.isEmpty();
  }

  /** Distinct states, the booted one included. */
  public int states() {
    return statesPerDepth.stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * What a finding is: a problem one kernel shows (explore), a problem only the kernel after shows or only the one
   * before, or a device's or IOMMU's state that differs between them after the same sequence (apply, compare).
   */
  public enum Kind {
    // In the order reports list them.
    PROBLEM("problem"), NEW_PROBLEM("new problem"), PROBLEM_GONE("problem gone"), CHANGED("behaviour changed");

    public final String words;

    Kind(String words) {
      this.words = words;
    }
  }

  /**
   * One finding: its kind, what identifies its class ({@code id}), the line a report heads it with, what was seen at
   * the end of the witness, and the shortest sequence of actions after boot that shows it.
   */
  public record Finding(Kind kind, String id, String heading, String detail, List<Scenario.Action> witness) {
    public Finding {
      witness = List.copyOf(witness);
    }

    /** The witness as a scenario file ({@link ScenarioReader} reads it back; save it under corpus/scenarios/). */
    public String scenario() {
      StringBuilder b = new StringBuilder();
      b.append("# ").append(kind.words).append(": ").append(heading).append('\n');
      b.append("boot: boot\n");
      for (int i = 0; i < witness.size(); i++) {
        b.append(i + 1).append(": ").append(witness.get(i)).append('\n');
      }
      return b.toString();
    }

    /** The witness as a scenario, for replaying it with {@link ScenarioRunner}. */
    public Scenario asScenario(String name) {
      List<Scenario.Step> steps = new ArrayList<>();
      steps.add(new Scenario.Step("boot", List.of(new Scenario.Action(Scenario.Verb.BOOT, "")), 1));
      for (int i = 0; i < witness.size(); i++) {
        steps.add(new Scenario.Step(Integer.toString(i + 1), List.of(witness.get(i)), i + 2));
      }
      return new Scenario(name, heading, steps);
    }
  }
}
