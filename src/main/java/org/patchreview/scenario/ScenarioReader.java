package org.patchreview.scenario;

import java.util.ArrayList;
import java.util.List;
import org.patchreview.diag.Diagnostic;

/**
 * Reads a scenario file: {@code #} comments (the first is the description), then one step per line,
 * {@code name: action, action} with actions {@code boot}, {@code add S}, {@code bind S}, {@code unbind S} and
 * selectors {@code clocks}, {@code iommus}, {@code masters}, {@code aggregates}, {@code all} or a node label; {@code add} and
 * {@code bind} may end in a probe outcome ({@code probe-defers}, {@code probe-fails}: {@link Scenario.Outcome}).
 */
public final class ScenarioReader {
  private ScenarioReader() {}

  /** A scenario and the problems found reading it. */
  public record Result(Scenario scenario, List<Diagnostic> diagnostics) {}

  public static Result read(String name, String fileName, String text) {
    List<Diagnostic> problems = new ArrayList<>();
    List<Scenario.Step> steps = new ArrayList<>();
    String description = "";
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("#")) {
        if (description.isEmpty() && steps.isEmpty()) {
          description = line.substring(1).strip();
        }
        continue;
      }
      if (line.isEmpty()) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        problems.add(Diagnostic.error(fileName, i + 1, "expected 'step-name: action, action', found: " + line)
            .quoting(lines[i]));
        continue;
      }
      List<Scenario.Action> actions = new ArrayList<>();
      for (String part : line.substring(colon + 1).split(",")) {
        Scenario.Action a = action(part.strip(), fileName, i + 1, problems, lines[i]);
        if (a != null) {
          actions.add(a);
        }
      }
      steps.add(new Scenario.Step(line.substring(0, colon).strip(), List.copyOf(actions), i + 1));
    }
    if (steps.isEmpty() && problems.isEmpty()) {
      problems.add(Diagnostic.error(fileName, 1, "the scenario has no steps"));
    }
    return new Result(new Scenario(name, description, List.copyOf(steps)), List.copyOf(problems));
  }

  private static Scenario.Action action(String text, String file, int line, List<Diagnostic> problems, String quote) {
    String[] words = text.split("\\s+");
    for (Scenario.Verb v : Scenario.Verb.values()) {
      if (!v.word.equals(words[0])) {
        continue;
      }
      if (v == Scenario.Verb.BOOT) {
        if (words.length == 1) {
          return new Scenario.Action(v, "");
        }
      } else if (words.length == 2) {
        return new Scenario.Action(v, words[1]);
      } else if (words.length == 3 && v != Scenario.Verb.UNBIND) {
        for (Scenario.Outcome o : Scenario.Outcome.values()) {
          if (o != Scenario.Outcome.AS_WRITTEN && o.word.equals(words[2])) {
            return new Scenario.Action(v, words[1], o);
          }
        }
      }
      problems.add(Diagnostic.error(file, line, "'" + text + "': " + (v == Scenario.Verb.BOOT
          ? "boot takes no selector" : v.word + " takes one selector (clocks, iommus, masters, aggregates, all or a label)"
          + (v == Scenario.Verb.UNBIND ? "" : ", then optionally probe-defers or probe-fails")))
          .quoting(quote));
      return null;
    }
    problems.add(Diagnostic.error(file, line, "unknown action '" + text + "' (expected boot, add, bind or unbind)")
        .quoting(quote));
    return null;
  }
}
