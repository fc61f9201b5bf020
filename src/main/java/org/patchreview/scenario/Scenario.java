package org.patchreview.scenario;

import java.util.List;

/** A lifecycle script: named steps, each a list of actions on the devices a selector picks. */
public record Scenario(String name, String description, List<Step> steps) {

  /** Whether {@code other} begins with exactly this scenario's steps (names and actions). */
  public boolean isPrefixOf(Scenario other) {
    if (steps.size() > other.steps.size()) {
      return false;
    }
    for (int i = 0; i < steps.size(); i++) {
      Step a = steps.get(i);
      Step b = other.steps.get(i);
      if (!a.name().equals(b.name()) || !a.actions().equals(b.actions())) {
        return false;
      }
    }
    return true;
  }

  /** One step: what the report calls it and what it does. */
  public record Step(String name, List<Action> actions, int line) {}

  /**
   * {@code boot}, or {@code add}/{@code bind}/{@code unbind} applied to the nodes {@code selector} picks; for
   * {@code add} and {@code bind}, what the driver's probe does ({@link Outcome}: the explorer chooses it, a script
   * may spell it).
   */
  public record Action(Verb verb, String selector, Outcome outcome) {
    public Action(Verb verb, String selector) {
      this(verb, selector, Outcome.AS_WRITTEN);
    }

    @Override
    public String toString() {
      return verb == Verb.BOOT ? "boot" : verb.word + " " + selector + (outcome == Outcome.AS_WRITTEN ? ""
          : " " + outcome.word);
    }
  }

  /**
   * What a probe of the device the action names returns: what its C does, or forced by the runner. {@code DEFERS}
   * returns -EPROBE_DEFER without running the driver's probe, after the driver core configured DMA (as a driver
   * waiting for a resource does); {@code FAILS} runs the probe and turns its success into -ENOMEM, after its
   * managed (devm, dmam) allocations and its DMA, as a driver failing at its last step does.
   */
  public enum Outcome {
    AS_WRITTEN(""), DEFERS("probe-defers"), FAILS("probe-fails");

    public final String word;

    Outcome(String word) {
      this.word = word;
    }
  }

  /** What an action does to a device. */
  public enum Verb {
    BOOT("boot"), ADD("add"), BIND("bind"), UNBIND("unbind");

    public final String word;

    Verb(String word) {
      this.word = word;
    }
  }
}
