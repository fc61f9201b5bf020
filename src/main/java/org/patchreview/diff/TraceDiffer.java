package org.patchreview.diff;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.patchreview.observe.Observation;
import org.patchreview.observe.Trace;

/**
 * Compares the traces of one run before and after a patch: device state field by field after each step, every
 * other observation aligned with JGit's histogram diff, and a verdict from the faults, leaks and warnings.
 */
public final class TraceDiffer {
  private TraceDiffer() {}

  public static RunDiff diff(Trace before, Trace after) {
    return diff(before, after, PatchContext.NONE);
  }

  /**
   * As {@link #diff(Trace, Trace)}; when both traces recorded their statements, each change also says where the runs
   * part and which hunk made them ({@link Change#why()}).
   */
  public static RunDiff diff(Trace before, Trace after, PatchContext context) {
    return diffChain(List.of(before), List.of(after), context).get(0);
  }

  /**
   * The runs of a chain of scenarios ({@code before.get(i)} against {@code after.get(i)}), which share their statement
   * logs: where runs part is worked out once for the chain.
   */
  public static List<RunDiff> diffChain(List<Trace> before, List<Trace> after, PatchContext context) {
    if (before == after) {
      return before.stream().map(TraceDiffer::unchanged).toList();
    }
    Causes.Shared shared = new Causes.Shared(context);
    // The traces of a chain share the observations of their common steps: each is spelt as a key once.
    Map<Observation, String> keys = new IdentityHashMap<>();
    List<RunDiff> out = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      out.add(diff(before.get(i), after.get(i), Causes.of(before.get(i), after.get(i), shared), keys));
    }
    return out;
  }

  private static RunDiff diff(Trace before, Trace after, Causes causes, Map<Observation, String> keys) {
    // A run that hung stopped there: both sides are compared up to its hang, so that what the other side did later
    // does not read as behaviour the patch removed or added.
    String hung = before.hungStep() != null ? before.hungStep() : after.hungStep();
    if (hung != null) {
      before = upTo(before, hung);
      after = upTo(after, hung);
    }
    List<Observation> eventsBefore = new ArrayList<>();
    List<Observation> eventsAfter = new ArrayList<>();
    Map<String, Observation.State> statesBefore = new LinkedHashMap<>();
    Map<String, Observation.State> statesAfter = new LinkedHashMap<>();
    Set<String> fieldsBefore = split(before, eventsBefore, statesBefore);
    Set<String> fieldsAfter = split(after, eventsAfter, statesAfter);
    List<Change> changes = new ArrayList<>();
    eventChanges(eventsBefore, eventsAfter, changes, causes, keys);
    stateChanges(statesBefore, statesAfter, fieldsBefore, fieldsAfter, changes, causes);
    List<String> steps = after.steps().isEmpty() ? before.steps() : after.steps();
    changes = ordered(changes, steps);
    List<Observation> problemsBefore = problems(before);
    List<Observation> problemsAfter = problems(after);
    Verdict verdict = verdict(problemsBefore, problemsAfter, changes);
    return new RunDiff(after.board(), after.config(), after.scenario(), verdict, steps, problemsBefore,
        problemsAfter, List.copyOf(changes), before.nanos() / 1e6, after.nanos() / 1e6,
        List.copyOf(statesBefore.values()), List.copyOf(statesAfter.values()));
  }

  /**
   * A run compared with itself (the runs after a patch that cannot change it): the same, nothing changed, without
   * aligning anything. What {@link #diff(Trace, Trace, Causes)} gives for the pair, built directly.
   */
  private static RunDiff unchanged(Trace t) {
    Trace upTo = t.hungStep() != null ? upTo(t, t.hungStep()) : t;
    Map<String, Observation.State> states = new LinkedHashMap<>();
    split(upTo, new ArrayList<>(), states);
    List<Observation> problems = problems(upTo);
    List<Observation.State> kept = List.copyOf(states.values());
    return new RunDiff(t.board(), t.config(), t.scenario(), Verdict.SAME, upTo.steps(), problems, problems,
        List.of(), t.nanos() / 1e6, t.nanos() / 1e6, kept, kept);
  }

  /** The trace as far as {@code step}: its steps to that one, and what they observed (no end-of-run leak check). */
  private static Trace upTo(Trace t, String step) {
    int at = t.steps().indexOf(step);
    if (at < 0) {
      return t;
    }
    Set<String> kept = new java.util.HashSet<>(t.steps().subList(0, at + 1));
    List<Observation> seen = t.observations().stream().filter(o -> kept.contains(o.step())).toList();
    return new Trace(t.board(), t.config(), t.scenario(), t.steps().subList(0, at + 1), seen, t.nanos(), t.error(),
        t.execution());
  }

  private static Set<String> split(Trace t, List<Observation> events, Map<String, Observation.State> states) {
    Set<String> fields = new java.util.HashSet<>();
    for (Observation o : t.observations()) {
      if (o instanceof Observation.State s) {
        states.put(s.step() + "\u0000" + s.device() + "\u0000" + s.field(), s);
        fields.add(s.field());
      } else {
        events.add(o);
      }
    }
    return fields;
  }

  private static void eventChanges(List<Observation> a, List<Observation> b, List<Change> out, Causes causes,
      Map<Observation, String> keys) {
    // Equal observations have equal keys, so the two runs' common start is no edit and needs no key. Only the start
    // is cut: the diff cuts the rest of what the keys have in common itself, at both ends, as it would have, and
    // moves edits only towards the end, so its edits are the whole sequences' edits, offset.
    int common = 0;
    int n = Math.min(a.size(), b.size());
    while (common < n && (a.get(common) == b.get(common) || a.get(common).equals(b.get(common)))) {
      common++;
    }
    if (common == a.size() && common == b.size()) {
      return;
    }
    List<Observation> restA = a.subList(common, a.size());
    List<Observation> restB = b.subList(common, b.size());
    ObservationSequence sa = new ObservationSequence(restA, keys);
    ObservationSequence sb = new ObservationSequence(restB, keys);
    EditList edits = new HistogramDiff().diff(ObservationSequence.COMPARATOR, sa, sb);
    for (Edit e : edits) {
      pair(restA.subList(e.getBeginA(), e.getEndA()), restB.subList(e.getBeginB(), e.getEndB()), out, causes);
    }
  }

  /**
   * Within one edit, an observation before and one after about the same thing (the same function called, the same
   * fault kind) form one change; the rest happened on one side only.
   */
  private static void pair(List<Observation> xs, List<Observation> ys, List<Change> out, Causes causes) {
    boolean[] used = new boolean[ys.size()];
    int next = 0;
    for (Observation x : xs) {
      int match = -1;
      for (int j = next; j < ys.size(); j++) {
        if (!used[j] && ys.get(j).kind().equals(x.kind()) && ys.get(j).what().equals(x.what())) {
          match = j;
          break;
        }
      }
      if (match < 0) {
        out.add(change(x, null, causes));
        continue;
      }
      for (int j = next; j < match; j++) {
        if (!used[j]) {
          out.add(change(null, ys.get(j), causes));
          used[j] = true;
        }
      }
      used[match] = true;
      next = match + 1;
      out.add(change(x, ys.get(match), causes));
    }
    for (int j = 0; j < ys.size(); j++) {
      if (!used[j]) {
        out.add(change(null, ys.get(j), causes));
      }
    }
  }

  private static Change change(Observation x, Observation y, Causes causes) {
    Observation o = x != null ? x : y;
    return new Change(o.step(), o.kind(), o.what(), x == null ? Change.ABSENT : x.text(),
        y == null ? Change.ABSENT : y.text(), o.location(), causes.of(x, y));
  }

  /**
   * State that differs after a step. A field that one side does not have at all (a struct member the patch adds or
   * removes) is a {@code field} change: shown, but not a difference in behaviour by itself.
   */
  private static void stateChanges(Map<String, Observation.State> a, Map<String, Observation.State> b,
      Set<String> fieldsA, Set<String> fieldsB, List<Change> out, Causes causes) {
    Set<String> keys = new LinkedHashSet<>(a.keySet());
    keys.addAll(b.keySet());
    for (String k : keys) {
      Observation.State x = a.get(k);
      Observation.State y = b.get(k);
      String vx = x == null ? Change.ABSENT : x.value();
      String vy = y == null ? Change.ABSENT : y.value();
      if (!vx.equals(vy)) {
        Observation.State s = x != null ? x : y;
        boolean member = !fieldsA.contains(s.field()) || !fieldsB.contains(s.field());
        out.add(new Change(s.step(), member ? "field" : "state", s.device() + " " + s.field(), vx, vy, "",
            member ? null : causes.of(x, y)));
      }
    }
  }

  /** Changes by step in scenario order; within a step, events first in run order, then state. */
  private static List<Change> ordered(List<Change> changes, List<String> steps) {
    List<Change> out = new ArrayList<>();
    for (String step : steps) {
      for (Change c : changes) {
        if (c.step().equals(step) && !c.kind().equals("state") && !c.kind().equals("field")) {
          out.add(c);
        }
      }
      for (Change c : changes) {
        if (c.step().equals(step) && (c.kind().equals("state") || c.kind().equals("field"))) {
          out.add(c);
        }
      }
    }
    for (Change c : changes) {
      if (!steps.contains(c.step())) {
        out.add(c);
      }
    }
    return out;
  }

  /** Faults, leaks, warnings and broken invariants: what decides a verdict. */
  static List<Observation> problems(Trace t) {
    return t.observations().stream().filter(o -> o instanceof Observation.Problem).toList();
  }

  private static Verdict verdict(List<Observation> before, List<Observation> after, List<Change> changes) {
    Set<String> b = new LinkedHashSet<>();
    before.forEach(o -> b.add(o.key()));
    Set<String> a = new LinkedHashSet<>();
    after.forEach(o -> a.add(o.key()));
    if (!b.containsAll(a)) {
      return Verdict.REGRESSED;
    }
    if (!a.containsAll(b)) {
      return Verdict.FIXED;
    }
    return changes.stream().allMatch(c -> c.kind().equals("field")) ? Verdict.SAME : Verdict.CHANGED;
  }
}
