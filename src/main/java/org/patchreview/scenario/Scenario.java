package org.patchreview.scenario;

import java.util.List;

/** A lifecycle script: named steps, each a list of actions on the devices a selector picks. */
public record Scenario(String name, String description, List<Step> steps) {

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
