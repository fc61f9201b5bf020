package org.patchreview.report;

import java.util.List;

/**
 * The steps that show a finding, from a fresh boot of one board under one config. Today every witness is a scenario
 * of the fixed matrix cut after the step where the finding shows ({@link Scenario}); exploration can give a step list
 * of its own ({@link Steps}), which every renderer prints the same way.
 */
public sealed interface Witness {
  String board();

  String config();

  /** The lifecycle steps, in order, up to and including the one where the finding shows. */
  List<String> steps();

  /** How a report names it: {@code lager/default/rebind}, or {@code lager/default: probe, unbind}. */
  String name();

  /** Fewer steps is simpler: what a reader replays by hand first. */
  default int length() {
    return steps().size();
  }

  /** A scenario of the matrix ({@code corpus/scenarios/NAME.scenario}), its first {@code steps} enough to show it. */
  record Scenario(String board, String config, String scenario, List<String> steps) implements Witness {
    public Scenario {
      steps = List.copyOf(steps);
    }

    public String name() {
      return board + "/" + config + "/" + scenario;
    }
  }

  /** An explicit sequence of lifecycle steps, printable as a scenario (what exploration finds). */
  record Steps(String board, String config, List<String> steps) implements Witness {
    public Steps {
      steps = List.copyOf(steps);
    }

    public String name() {
      return board + "/" + config + ": " + String.join(", ", steps);
    }
  }
}
