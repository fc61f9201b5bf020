package org.patchreview.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.patchreview.c.Config;
import org.patchreview.c.Span;
import org.patchreview.hw.Board;
import org.patchreview.interp.FaultKind;
import org.patchreview.interp.Machine;
import org.patchreview.interp.Oops;
import org.patchreview.interp.Program;
import org.patchreview.interp.Region;
import org.patchreview.interp.Site;
import org.patchreview.observe.Observation;

/**
 * One run of the lifecycle driven one action at a time, as the explorer drives it: booted on creation, then each
 * action a step of its own (named by its number, as a witness prints it), after which it says what problems the step
 * showed and what state it left, as a canonical text.
 */
final class Session {
  private static final Site SITE = Site.at(new Span("(explorer)", 0, 0), "state");

  private final ScenarioRunner runner;
  private final Board board;
  private int steps;

  /** What one step gave: its problems (the leaks there are now included), the state it left, whether it hung. */
  record StepResult(List<Observation.Problem> problems, String state, List<String> observable, boolean hung,
      Map<String, Boolean> bound) {}

  Session(Program program, Board board, Config config, Machine.Budget budget, Observing observing) {
    this.board = board;
    this.runner = ScenarioRunner.start(program, board, new Scenario("explore", "", List.of()), observing,
        config.name(), budget, false);
  }

  private Session(ScenarioRunner runner, Board board, int steps) {
    this.runner = runner;
    this.board = board;
    this.steps = steps;
  }

  /**
   * A copy of this session as it is now, to perform other actions from instead of replaying the actions that led
   * here; this one may go on too. Empty when a device model of the board cannot be copied.
   */
  Optional<Session> fork() {
    return runner.fork().map(r -> new Session(r, board, steps));
  }

  /** Boots, as every explored sequence and every witness begins; reads back what booting showed. */
  StepResult boot() {
    return perform(new Scenario.Step("boot", List.of(new Scenario.Action(Scenario.Verb.BOOT, "")), 0));
  }

  /** Performs {@code action} as step {@code n} (1, 2, ...), without reading anything back: a prefix being replayed. */
  void replay(Scenario.Action action) {
    runner.step(step(action));
  }

  private Scenario.Step step(Scenario.Action action) {
    steps++;
    return new Scenario.Step(Integer.toString(steps), List.of(action), 0);
  }

  /** Performs {@code action} as the next step and reads back what it showed. */
  StepResult perform(Scenario.Action action) {
    return perform(step(action));
  }

  private StepResult perform(Scenario.Step step) {
    int from = runner.recorder().observations().size();
    runner.step(step);
    List<Observation> seen = runner.recorder().observations();
    List<Observation.Problem> problems = new ArrayList<>();
    List<String> observable = new ArrayList<>();
    boolean hung = false;
    for (Observation o : seen.subList(from, seen.size())) {
      if (o instanceof Observation.Problem p) {
        problems.add(p);
        hung |= p instanceof Observation.FaultSeen f && f.fault().kind() == FaultKind.HANG;
      } else if (o instanceof Observation.State s) {
        observable.add(s.device() + " " + s.field() + " = " + s.value());
      }
    }
    for (Observation o : runner.leaksNow()) {
      problems.add((Observation.Problem) o);
    }
    Map<String, Boolean> bound = bound();
    observable = renumbered(observable);
    return new StepResult(problems, state(observable, bound), observable, hung, bound);
  }

  /** Each created device and whether a driver holds it. */
  private Map<String, Boolean> bound() {
    Map<String, Boolean> out = new TreeMap<>();
    for (Map.Entry<String, Long> d : runner.devices().entrySet()) {
      try {
        out.put(d.getKey(), runner.machine().readField(d.getValue(), "device", "driver", SITE) != 0);
      } catch (Oops o) {
        out.put(d.getKey(), false);
      }
    }
    return out;
  }

  /**
   * The state as the explorer tells states apart: each device's and IOMMU's state lines (driver, DMA ops by symbol,
   * archdata, mappings and their kref, objects renumbered in order of appearance), which devices wait on the deferred
   * probe list, and the live heap objects counted by allocation site.
   */
  private String state(List<String> observable, Map<String, Boolean> bound) {
    StringBuilder b = new StringBuilder(String.join("\n", observable));
    for (Map.Entry<String, Long> d : runner.devices().entrySet()) {
      if (deferred(d.getValue())) {
        b.append("\ndeferred ").append(d.getKey());
      }
    }
    Map<String, Integer> heap = new TreeMap<>();
    for (Region r : runner.machine().memory().regions()) {
      if (!r.freed() && (r.kind() == Region.Kind.HEAP || r.kind() == Region.Kind.PAGES)) {
        heap.merge(r.allocFunction() + "@" + (r.allocSite() == null ? "" : r.allocSite().fileLine()), 1, Integer::sum);
      }
    }
    heap.forEach((site, n) -> b.append("\nheap ").append(site).append(" x").append(n));
    return b.toString();
  }

  /** Whether the device sits on a deferred-probe list ({@code dev->p->deferred_probe} not empty). */
  private boolean deferred(long dev) {
    Machine m = runner.machine();
    if (!m.hasField("device", "p") || !m.hasField("device_private", "deferred_probe")) {
      return false;
    }
    try {
      long p = m.readField(dev, "device", "p", SITE);
      if (p == 0) {
        return false;
      }
      long head = p + m.program().struct("device_private").flatMap(s -> s.layout().find("deferred_probe"))
          .map(f -> (long) f.offset()).orElse(0L);
      return m.readField(head, "list_head", "next", SITE) != head;
    } catch (Oops o) {
      return false;
    }
  }

  /**
   * Objects renumbered in order of appearance, per name: the same state reached in another order reads the same. An
   * object is a name ({@code [A-Za-z_][\w@]*}) followed by {@code #} and a number, found left to right; scanned by
   * hand rather than by a regular expression because every transition renumbers every state line.
   */
  static List<String> renumbered(List<String> lines) {
    Map<String, String> names = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      StringBuilder b = null;
      int copied = 0;
      int n = line.length();
      int i = 0;
      while (i < n) {
        if (!nameChar(line.charAt(i))) {
          i++;
          continue;
        }
        int run = i;
        while (i < n && nameChar(line.charAt(i))) {
          i++;
        }
        // Every start within the run ends where the run does: the match, if any, starts at its first letter.
        int start = run;
        while (start < i && !firstChar(line.charAt(start))) {
          start++;
        }
        if (start == i || i + 1 >= n || line.charAt(i) != '#' || !digit(line.charAt(i + 1))) {
          continue;
        }
        int end = i + 1;
        while (end < n && digit(line.charAt(end))) {
          end++;
        }
        String name = line.substring(start, i);
        String renamed = names.computeIfAbsent(line.substring(start, end), k -> name + "#"
            + counts.merge(name, 1, Integer::sum));
        if (b == null) {
          b = new StringBuilder(n + 8);
        }
        b.append(line, copied, start).append(renamed);
        copied = end;
        i = end;
      }
      out.add(b == null ? line : b.append(line, copied, n).toString());
    }
    return out;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean firstChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
  }

  private static boolean nameChar(char c) {
    return firstChar(c) || digit(c) || c == '@';
  }

  Board board() {
    return board;
  }
}
