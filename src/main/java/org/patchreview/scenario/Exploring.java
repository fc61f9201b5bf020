package org.patchreview.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patchreview.diag.Diagnostic;
import org.patchreview.hw.Board;
import org.patchreview.hw.DtNode;

/**
 * What {@code review explore} may do on a board, as the corpus declares it in {@code scenarios/explore.txt}, one
 * declaration a line ({@code #} starts a comment), so that the lifecycle is a transition system of data, not code:
 *
 * <ul>
 *   <li>{@code action VERB SELECTOR}: the explorer may {@code add}, {@code bind} or {@code unbind} each device the
 *       selector picks ({@code clocks}, {@code iommus}, {@code masters}, {@code aggregates}, {@code all} or a label), one device an
 *       action; a device is added once, bound when it is added and has no driver, unbound when it has one.
 *   <li>{@code outcome SELECTOR OUTCOME...}: the probe outcomes the explorer chooses besides what the C does, for
 *       the devices the selector picks ({@code probe-defers}, {@code probe-fails}: {@link Scenario.Outcome}).
 * </ul>
 */
public record Exploring(List<Rule> actions, List<OutcomeRule> outcomes) {
  /** Where the corpus declares it, under its scenarios folder. */
  public static final String FILE = "explore.txt";

  /** Nothing to explore: a corpus without the file. */
  public static final Exploring NONE = new Exploring(List.of(), List.of());

  public Exploring {
    actions = List.copyOf(actions);
    outcomes = List.copyOf(outcomes);
  }

  /** One {@code action} line. */
  public record Rule(Scenario.Verb verb, String selector) {}

  /** One {@code outcome} line. */
  public record OutcomeRule(String selector, List<Scenario.Outcome> outcomes) {}

  /** A declaration and the problems found reading it. */
  public record Result(Exploring exploring, List<Diagnostic> diagnostics) {}

  public boolean isEmpty() {
    return actions.isEmpty();
  }

  /**
   * Every action the explorer may take on {@code board}, in a fixed order (the declarations' order, then the board's
   * node order, then the outcomes as declared), each naming one device by label.
   */
  public List<Scenario.Action> on(Board board) {
    Map<String, Set<Scenario.Outcome>> forced = new LinkedHashMap<>();
    for (OutcomeRule o : outcomes) {
      for (DtNode n : Selectors.select(board, o.selector())) {
        forced.computeIfAbsent(Selectors.name(n), k -> new LinkedHashSet<>()).addAll(o.outcomes());
      }
    }
    Set<Scenario.Action> out = new LinkedHashSet<>();
    for (Rule r : actions) {
      for (DtNode n : Selectors.select(board, r.selector())) {
        String name = Selectors.name(n);
        out.add(new Scenario.Action(r.verb(), name));
        if (r.verb() != Scenario.Verb.UNBIND) {
          for (Scenario.Outcome o : forced.getOrDefault(name, Set.of())) {
            out.add(new Scenario.Action(r.verb(), name, o));
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /** What {@code text} declares, read from {@code file}; a line that does not read is an error naming it. */
  public static Result read(String file, String text) {
    List<Rule> actions = new ArrayList<>();
    List<OutcomeRule> outcomes = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] w = line.split("\\s+");
      String error = switch (w[0]) {
        case "action" -> {
          Scenario.Verb verb = verb(w.length == 3 ? w[1] : "");
          if (verb == null) {
            yield "'action' takes add, bind or unbind and a selector";
          }
          actions.add(new Rule(verb, w[2]));
          yield null;
        }
        case "outcome" -> {
          List<Scenario.Outcome> os = new ArrayList<>();
          for (int k = 2; k < w.length; k++) {
            Scenario.Outcome o = outcome(w[k]);
            if (o == null) {
              yield "unknown outcome '" + w[k] + "' (probe-defers, probe-fails)";
            }
            os.add(o);
          }
          if (os.isEmpty()) {
            yield "'outcome' takes a selector and probe-defers, probe-fails or both";
          }
          outcomes.add(new OutcomeRule(w[1], os));
          yield null;
        }
        default -> "unknown declaration '" + w[0] + "' (action, outcome)";
      };
      if (error != null) {
        problems.add(Diagnostic.error(file, i + 1, error).quoting(lines[i]));
      }
    }
    if (actions.isEmpty() && problems.isEmpty()) {
      problems.add(Diagnostic.error(file, 0, "declares no action: there would be nothing to explore"));
    }
    return new Result(new Exploring(actions, outcomes), List.copyOf(problems));
  }

  private static Scenario.Verb verb(String word) {
    for (Scenario.Verb v : Scenario.Verb.values()) {
      if (v != Scenario.Verb.BOOT && v.word.equals(word)) {
        return v;
      }
    }
    return null;
  }

  private static Scenario.Outcome outcome(String word) {
    for (Scenario.Outcome o : Scenario.Outcome.values()) {
      if (o != Scenario.Outcome.AS_WRITTEN && o.word.equals(word)) {
        return o;
      }
    }
    return null;
  }
}
