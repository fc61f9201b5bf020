package org.patchreview.diff;

import java.util.ArrayList;
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
    List<Observation> eventsBefore = new ArrayList<>();
    List<Observation> eventsAfter = new ArrayList<>();
    Map<String, Observation.State> statesBefore = new LinkedHashMap<>();
    Map<String, Observation.State> statesAfter = new LinkedHashMap<>();
    split(before, eventsBefore, statesBefore);
    split(after, eventsAfter, statesAfter);
    List<Change> changes = new ArrayList<>();
    eventChanges(eventsBefore, eventsAfter, changes);
    stateChanges(statesBefore, statesAfter, changes);
    List<String> steps = after.steps().isEmpty() ? before.steps() : after.steps();
    changes = ordered(changes, steps);
    List<Observation> problemsBefore = problems(before);
    List<Observation> problemsAfter = problems(after);
    Verdict verdict = verdict(problemsBefore, problemsAfter, changes);
    return new RunDiff(after.board(), after.config(), after.scenario(), verdict, steps, problemsBefore,
        problemsAfter, List.copyOf(changes), before.nanos() / 1e6, after.nanos() / 1e6);
  }

  private static void split(Trace t, List<Observation> events, Map<String, Observation.State> states) {
    for (Observation o : t.observations()) {
      if (o instanceof Observation.State s) {
        states.put(s.step() + "\u0000" + s.device() + "\u0000" + s.field(), s);
      } else {
        events.add(o);
      }
    }
  }

  private static void eventChanges(List<Observation> a, List<Observation> b, List<Change> out) {
    ObservationSequence sa = new ObservationSequence(a);
    ObservationSequence sb = new ObservationSequence(b);
    EditList edits = new HistogramDiff().diff(ObservationSequence.COMPARATOR, sa, sb);
    for (Edit e : edits) {
      int n = Math.max(e.getLengthA(), e.getLengthB());
      for (int i = 0; i < n; i++) {
        Observation x = i < e.getLengthA() ? a.get(e.getBeginA() + i) : null;
        Observation y = i < e.getLengthB() ? b.get(e.getBeginB() + i) : null;
        if (x != null && y != null && !x.kind().equals(y.kind())) {
          out.add(change(x, null));
          out.add(change(null, y));
        } else {
          out.add(change(x, y));
        }
      }
    }
  }

  private static Change change(Observation x, Observation y) {
    Observation o = x != null ? x : y;
    return new Change(o.step(), o.kind(), what(o), x == null ? Change.ABSENT : x.text(),
        y == null ? Change.ABSENT : y.text(), o.location());
  }

  private static String what(Observation o) {
    if (o instanceof Observation.Call c) {
      return c.function();
    }
    if (o instanceof Observation.Hardware h) {
      return h.device();
    }
    if (o instanceof Observation.FaultSeen f) {
      return f.fault().kind().words;
    }
    if (o instanceof Observation.Leak l) {
      return l.type();
    }
    return o.kind();
  }

  private static void stateChanges(Map<String, Observation.State> a, Map<String, Observation.State> b,
      List<Change> out) {
    Set<String> keys = new LinkedHashSet<>(a.keySet());
    keys.addAll(b.keySet());
    for (String k : keys) {
      Observation.State x = a.get(k);
      Observation.State y = b.get(k);
      String vx = x == null ? Change.ABSENT : x.value();
      String vy = y == null ? Change.ABSENT : y.value();
      if (!vx.equals(vy)) {
        Observation.State s = x != null ? x : y;
        out.add(new Change(s.step(), "state", s.device() + " " + s.field(), vx, vy, ""));
      }
    }
  }

  /** Changes by step in scenario order; within a step, events first in run order, then state. */
  private static List<Change> ordered(List<Change> changes, List<String> steps) {
    List<Change> out = new ArrayList<>();
    for (String step : steps) {
      for (Change c : changes) {
        if (c.step().equals(step) && !c.kind().equals("state")) {
          out.add(c);
        }
      }
      for (Change c : changes) {
        if (c.step().equals(step) && c.kind().equals("state")) {
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

  /** Faults, leaks and warnings: what decides a verdict. */
  static List<Observation> problems(Trace t) {
    return t.observations().stream().filter(o -> o instanceof Observation.FaultSeen
        || o instanceof Observation.Leak || o instanceof Observation.Warning).toList();
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
    return changes.isEmpty() ? Verdict.SAME : Verdict.CHANGED;
  }
}
