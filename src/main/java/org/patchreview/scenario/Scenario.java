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

  /** {@code boot}, or {@code add}/{@code bind}/{@code unbind} applied to the nodes {@code selector} picks. */
  public record Action(Verb verb, String selector) {
    @Override
    public String toString() {
      return verb == Verb.BOOT ? "boot" : verb.word + " " + selector;
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
