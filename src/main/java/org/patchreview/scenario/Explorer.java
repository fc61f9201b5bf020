package org.patchreview.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.patchreview.c.Config;
import org.patchreview.hw.Board;
import org.patchreview.interp.Machine;
import org.patchreview.interp.Program;
import org.patchreview.observe.Observation;

/**
 * Explores every sequence of the declared actions ({@link Exploring}) on one board, breadth first to a depth, on one
 * kernel (its problems) or on two side by side (where they differ: the same actions on both, every step). States are
 * told apart by {@link Session}'s canonical text and each is expanded once, so the first sequence that shows a
 * finding is a shortest one. Each state reached is kept as a copy of the interpreter's state, and an action is
 * performed on a copy of it (copy on write: {@link Session#fork}), so a transition runs one action, not its path.
 *
 * <p>Deterministic: transitions run in parallel but are taken in a fixed order (frontier order, then action order).
 */
public final class Explorer {
  /** How far to go: the depth, and the budgets whose end is reported as "explored to depth k of N". */
  public record Limits(int depth, int maxStates, long maxNanos) {
    public static final int DEFAULT_DEPTH = 6;
    public static final int MAX_DEPTH = 12;

    public static Limits depth(int depth) {
      return new Limits(depth, 200_000, 300_000_000_000L);
    }
  }

  /** A state reached: the shortest sequence to it, the problems seen along it per kernel, its devices. */
  private record Node(List<Scenario.Action> path, List<Set<String>> seen, Map<String, Boolean> bound,
      boolean terminal) {}

  /** What booting or an action showed, one result per kernel, and the model's copy of the state it left (or null). */
  record Reached(List<Session.StepResult> results, Object state) {}

  /**
   * The transition system explored: what booting shows, and what performing an action in a state shows, one result
   * per kernel explored side by side (one or two). The explorer knows nothing else of what runs.
   */
  interface Model {
    String board();

    String config();

    Reached boot();

    /**
     * Performs {@code action} in the state {@code from} reached by {@code path}; keeps a copy of the state it leaves
     * when {@code keep} (the explorer will perform actions from it).
     */
    Reached step(Reached from, List<Scenario.Action> path, Scenario.Action action, boolean keep);
  }

  /** How many transitions run in parallel before their results are taken in order: bounds the copies held. */
  private static final int BATCH = 512;

  private final Model model;
  private final List<Scenario.Action> actions;
  private final Map<String, ExploreResult.Finding> findings = new LinkedHashMap<>();

  Explorer(Model model, List<Scenario.Action> actions) {
    this.model = model;
    this.actions = actions;
  }

  /**
   * Explores {@code kernels} (one: its problems; two, before and after: where they differ) on {@code board} under
   * {@code config} with {@code actions} ({@link Exploring#on}).
   */
  public static ExploreResult explore(List<Program> kernels, Board board, Config config, Machine.Budget budget,
      Observing observing, List<Scenario.Action> actions, Limits limits) {
    return new Explorer(new Running(kernels, board, config, budget, observing, true), actions).run(limits);
  }

  /**
   * The lifecycle on the modelled kernels. With {@code copying}, each state reached is kept as a copy of its sessions
   * ({@link Session#fork}), and an action is performed on a copy of its state: one action a transition. Without (or
   * when a device model cannot be copied), a state is reached by replaying its path from boot on new machines, a
   * transition at depth 6 costing about ten actions' time; the two give the same results (CopiedStatesTest).
   */
  record Running(List<Program> kernels, Board b, Config c, Machine.Budget budget, Observing observing,
      boolean copying) implements Model {
    public String board() {
      return b.name();
    }

    public String config() {
      return c.name();
    }

    public Reached boot() {
      List<Session> sessions = new ArrayList<>();
      List<Session.StepResult> results = new ArrayList<>();
      for (Program p : kernels) {
        Session s = new Session(p, b, c, budget, observing);
        results.add(s.boot());
        sessions.add(s);
      }
      return new Reached(results, copying ? sessions : null);
    }

    public Reached step(Reached from, List<Scenario.Action> path, Scenario.Action action, boolean keep) {
      @SuppressWarnings("unchecked")
      List<Session> saved = (List<Session>) from.state();
      List<Session> sessions = new ArrayList<>();
      List<Session.StepResult> out = new ArrayList<>();
      for (int k = 0; k < kernels.size(); k++) {
        Session s = saved == null ? null : saved.get(k).fork().orElse(null);
        if (s == null) {
          s = new Session(kernels.get(k), b, c, budget, observing);
          s.boot();
          path.forEach(s::replay);
        }
        out.add(s.perform(action));
        sessions.add(s);
      }
      return new Reached(out, copying && keep ? sessions : null);
    }
  }

  ExploreResult run(Limits limits) {
    long start = System.nanoTime();
    Reached booted = model.boot();
    Node root = node(List.of(), null, booted.results());
    Set<String> states = new HashSet<>();
    states.add(key(booted.results()));
    List<Integer> perDepth = new ArrayList<>(List.of(1));
    List<Node> frontier = List.of(root);
    // The model's copy of each frontier state, beside it: let go as soon as the state's last action has run.
    List<Object> saved = new ArrayList<>(java.util.Collections.singletonList(
        limits.depth() > 0 && !root.terminal() ? booted.state() : null));
    long transitions = 0;
    String stopped = "";
    int reached = 0;
    long deadline = start + limits.maxNanos();
    for (int d = 1; d <= limits.depth() && !frontier.isEmpty(); d++) {
      List<Node> from = frontier;
      List<Object> fromSaved = saved;
      // What a depth that does not complete found is dropped with it: how much of it a time budget allowed depends
      // on the machine, and the report must depend only on the depth reached.
      Map<String, ExploreResult.Finding> before = new LinkedHashMap<>(findings);
      long transitionsBefore = transitions;
      List<int[]> tasks = new ArrayList<>();
      for (int n = 0; n < from.size(); n++) {
        for (int a = 0; a < actions.size(); a++) {
          if (!from.get(n).terminal() && enabled(from.get(n).bound(), actions.get(a))) {
            tasks.add(new int[] {n, a});
          }
        }
      }
      // The states of the last depth are not expanded: no copy of them is kept.
      boolean keep = d < limits.depth();
      List<Node> next = new ArrayList<>();
      List<Object> nextSaved = new ArrayList<>();
      for (int first = 0; first < tasks.size() && stopped.isEmpty(); first += BATCH) {
        int base = first;
        int count = Math.min(BATCH, tasks.size() - first);
        Reached[] results = new Reached[count];
        String[] keys = new String[count];
        IntStream.range(0, count).parallel().forEach(i -> {
          if (System.nanoTime() < deadline) {
            Node parent = from.get(tasks.get(base + i)[0]);
            Reached r = model.step(new Reached(List.of(), fromSaved.get(tasks.get(base + i)[0])), parent.path(),
                actions.get(tasks.get(base + i)[1]), keep);
            keys[i] = key(r.results());
            // A state an earlier batch reached is not expanded again: its copy can go now. (The set is only
            // read while a batch runs.)
            results[i] = r.state() != null && states.contains(keys[i]) ? new Reached(r.results(), null) : r;
          }
        });
        for (int i = 0; i < count; i++) {
          if (results[i] == null) {
            stopped = "the time budget of " + limits.maxNanos() / 1_000_000_000L + " s";
            break;
          }
          transitions++;
          Node parent = from.get(tasks.get(base + i)[0]);
          List<Scenario.Action> path = new ArrayList<>(parent.path());
          path.add(actions.get(tasks.get(base + i)[1]));
          boolean fresh = states.add(keys[i]);
          Node child = node(path, parent, results[i].results());
          Object state = fresh && !child.terminal() ? results[i].state() : null;
          results[i] = null;
          if (fresh) {
            next.add(child);
            nextSaved.add(state);
            if (states.size() > limits.maxStates()) {
              stopped = "the state budget of " + limits.maxStates();
              break;
            }
          }
        }
        // Tasks go state by state: every state before the next batch's first has run all its actions.
        int done = first + count < tasks.size() ? tasks.get(first + count)[0] : from.size();
        for (int n = 0; n < done; n++) {
          fromSaved.set(n, null);
        }
      }
      if (!stopped.isEmpty()) {
        findings.clear();
        findings.putAll(before);
        transitions = transitionsBefore;
        break;
      }
      perDepth.add(next.size());
      reached = d;
      frontier = next;
      saved = nextSaved;
    }
    // New problems first, then problems gone, then changed states; each kind in the order found (shortest first).
    List<ExploreResult.Finding> sorted = new ArrayList<>(findings.values());
    sorted.sort(java.util.Comparator.comparing(ExploreResult.Finding::kind));
    return new ExploreResult(model.board(), model.config(), limits.depth(), reached, stopped, sorted, perDepth,
        transitions, System.nanoTime() - start);
  }

  private static String key(List<Session.StepResult> results) {
    StringBuilder b = new StringBuilder();
    for (Session.StepResult r : results) {
      b.append(r.state()).append("\n\u0000\n");
    }
    return b.toString();
  }

  /** A device is added once, bound when it has no driver, unbound when it has one (on either kernel). */
  private static boolean enabled(Map<String, Boolean> bound, Scenario.Action a) {
    Boolean b = bound.get(a.selector());
    return switch (a.verb()) {
      case ADD -> b == null;
      case BIND -> b != null && !b;
      case UNBIND -> b != null && b;
      case BOOT -> false;
    };
  }

  /** The node a transition reached, recording the findings it shows first (the path is a shortest one to them). */
  private Node node(List<Scenario.Action> path, Node parent, List<Session.StepResult> results) {
    List<Set<String>> seen = new ArrayList<>();
    List<Map<String, ProblemClass>> classes = new ArrayList<>();
    Map<String, Boolean> bound = new HashMap<>();
    boolean terminal = false;
    for (int k = 0; k < results.size(); k++) {
      Session.StepResult r = results.get(k);
      Set<String> ids = new LinkedHashSet<>(parent == null ? Set.of() : parent.seen().get(k));
      Map<String, ProblemClass> now = new LinkedHashMap<>();
      for (Observation.Problem p : r.problems()) {
        ProblemClass c = ProblemClass.of(p);
        now.putIfAbsent(c.id(), c);
        ids.add(c.id());
      }
      seen.add(Set.copyOf(ids));
      classes.add(now);
      r.bound().forEach((dev, b) -> bound.merge(dev, b, Boolean::logicalOr));
      // A step that hung would hang again in every sequence through it: the sequences go no further.
      terminal |= r.hung();
    }
    if (results.size() == 1) {
      classes.get(0).values().forEach(c -> found(ExploreResult.Kind.PROBLEM, c.id(), c.heading(), c.text(), path));
    } else {
      diverged(path, seen, classes, results);
    }
    return new Node(path, seen, Map.copyOf(bound), terminal);
  }

  /** Before and after: problems only one of them has shown along the path, and state lines that differ now. */
  private void diverged(List<Scenario.Action> path, List<Set<String>> seen, List<Map<String, ProblemClass>> classes,
      List<Session.StepResult> results) {
    for (ProblemClass c : classes.get(1).values()) {
      if (!seen.get(0).contains(c.id())) {
        found(ExploreResult.Kind.NEW_PROBLEM, c.id(), c.heading(), c.text(), path);
      }
    }
    for (ProblemClass c : classes.get(0).values()) {
      if (!seen.get(1).contains(c.id())) {
        found(ExploreResult.Kind.PROBLEM_GONE, c.id(), c.heading(), c.text(), path);
      }
    }
    Map<String, String> before = fields(results.get(0).observable());
    Map<String, String> after = fields(results.get(1).observable());
    Set<String> keys = new LinkedHashSet<>(before.keySet());
    keys.addAll(after.keySet());
    for (String k : keys) {
      String b = before.getOrDefault(k, "(none)");
      String a = after.getOrDefault(k, "(none)");
      if (!a.equals(b)) {
        found(ExploreResult.Kind.CHANGED, k, k, k + ": " + b + " -> " + a, path);
      }
    }
  }

  /** "sata0 dma_ops = arm_dma_ops" as "sata0 dma_ops" -> "arm_dma_ops". */
  private static Map<String, String> fields(List<String> lines) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String l : lines) {
      int eq = l.indexOf(" = ");
      if (eq > 0) {
        out.put(l.substring(0, eq), l.substring(eq + 3));
      }
    }
    return out;
  }

  private void found(ExploreResult.Kind kind, String id, String heading, String detail,
      List<Scenario.Action> path) {
    findings.putIfAbsent(kind.words + " " + id, new ExploreResult.Finding(kind, id, heading, detail, path));
  }
}
