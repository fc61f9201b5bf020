package org.patchreview.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patchreview.diff.Change;
import org.patchreview.diff.RunDiff;
import org.patchreview.diff.Verdict;
import org.patchreview.interp.FaultKind;
import org.patchreview.observe.Observation;

/**
 * Builds the {@link FindingSet} of a report: each run's differences, up to the step where a side ran out of its
 * budget (what follows a hang is an artefact of stopping, not behaviour), merged across runs by direction and what
 * the observation is about (kind, function and expression, action, object; never a line number, which a patch
 * shifts), each with the runs that show it and the one that shows it in the fewest steps.
 */
final class FindingCollector {
  private final Map<String, Builder> byKey = new LinkedHashMap<>();

  /** A finding being gathered: the runs so far and the simplest witness seen. */
  private static final class Builder {
    final Set<String> runs = new LinkedHashSet<>();
    Finding best;
  }

  private FindingCollector() {}

  static FindingSet of(Report r) {
    return of(r.runs());
  }

  static FindingSet of(List<RunDiff> runs) {
    FindingCollector c = new FindingCollector();
    Map<String, List<RunDiff>> groups = new LinkedHashMap<>();
    Map<String, Set<String>> keysOf = new LinkedHashMap<>();
    for (RunDiff d : runs) {
      Set<String> keys = new LinkedHashSet<>();
      for (Change change : kept(d)) {
        String key = c.add(d, change);
        // Configs are folded on what a reader weighs: problems, state, hardware and members, not the calls
        // (Xen's dom0 calls its own swiotlb ops wherever the default config calls arm_dma_ops).
        if (!change.kind().equals("call") && !change.kind().equals("log")) {
          keys.add(key);
        }
      }
      keysOf.put(d.id(), keys);
      groups.computeIfAbsent(d.board() + "/" + d.scenario(), k -> new ArrayList<>()).add(d);
    }
    List<Finding> added = new ArrayList<>();
    List<Finding> removed = new ArrayList<>();
    List<Finding> problemsChanged = new ArrayList<>();
    List<Finding> behaviour = new ArrayList<>();
    for (Builder b : c.byKey.values()) {
      Finding f = withRuns(b.best, List.copyOf(b.runs));
      if (!f.isProblem()) {
        behaviour.add(f);
      } else {
        (f.direction() == Finding.Direction.NEW ? added : f.direction() == Finding.Direction.GONE ? removed
            : problemsChanged).add(f);
      }
    }
    problemsChanged.addAll(byWeight(behaviour));
    return new FindingSet(added, removed, problemsChanged, groups(groups, keysOf));
  }

  /** State and hardware first, then members, then calls and log lines: what a reader weighs first. */
  private static final java.util.Set<String> WEIGHED = java.util.Set.of("state", "hardware", "field");

  private static List<Finding> byWeight(List<Finding> behaviour) {
    List<Finding> out = new ArrayList<>();
    for (List<String> kinds : List.of(List.of("state", "hardware"), List.of("field"))) {
      behaviour.stream().filter(f -> kinds.contains(f.kind())).forEach(out::add);
    }
    // The rest once each, in order (a set: a list's contains made this quadratic, a tenth of a cold review's time).
    java.util.Set<Finding> rest = new java.util.LinkedHashSet<>();
    behaviour.stream().filter(f -> !WEIGHED.contains(f.kind())).forEach(rest::add);
    out.addAll(rest);
    return out;
  }

  private static Finding withRuns(Finding f, List<String> runs) {
    return new Finding(f.direction(), f.kind(), f.location(), f.object(), f.before(), f.after(), f.key(), runs,
        f.witness(), f.why(), f.observation());
  }

  /** Adds one change of one run; returns its key. */
  private String add(RunDiff d, Change change) {
    Finding.Direction dir = change.before().equals(Change.ABSENT) ? Finding.Direction.NEW
        : change.after().equals(Change.ABSENT) ? Finding.Direction.GONE : Finding.Direction.CHANGED;
    Observation o = change.isProblem() ? observation(d, change, dir) : null;
    String object = object(o, change);
    String key = dir.word() + " " + (o != null ? identity(o, object)
        : change.kind() + " " + change.what() + ": " + change.before() + " -> " + change.after());
    Witness w = witness(d, change.step());
    Finding f = new Finding(dir, change.kind(), Finding.Location.parse(change.location()), object,
        change.before(), change.after(), key, List.of(), w, change.why(), o);
    Builder b = byKey.computeIfAbsent(key, k -> new Builder());
    b.runs.add(d.id());
    if (b.best == null || w.length() < b.best.witness().length()) {
      b.best = f;
    }
    return key;
  }

  /** The problem as the run saw it, on the side that has it. */
  private static Observation observation(RunDiff d, Change c, Finding.Direction dir) {
    List<Observation> side = dir == Finding.Direction.GONE ? d.problemsBefore() : d.problemsAfter();
    String text = dir == Finding.Direction.GONE ? c.before() : c.after();
    return side.stream().filter(o -> o.step().equals(c.step()) && o.kind().equals(c.kind())
        && o.text().equals(text)).findFirst().orElse(null);
  }

  /**
   * What makes two problems one: kind, C location (function and expression, never the line, which a patch shifts),
   * object and direction; not the action, so the same NULL dereference met while binding two devices is one finding.
   */
  private static String identity(Observation o, String object) {
    if (o instanceof Observation.FaultSeen f) {
      return "fault " + f.fault().kind().words + " in " + f.fault().function() + " (" + f.fault().expression()
          + ") on " + object;
    } else if (o instanceof Observation.Warning w) {
      return "warning " + w.fault().function() + " " + w.fault().expression();
    }
    return o.key();
  }

  /**
   * What a problem is about: the object a fault touched (without its instance number, which depends on how many were
   * allocated before), a leak's type, a device; for behaviour, what the change names.
   */
  private static String object(Observation o, Change c) {
    if (o instanceof Observation.FaultSeen f) {
      return f.fault().object() == null ? "" : f.fault().object().replaceAll("#\\d+", "");
    } else if (o instanceof Observation.Warning w) {
      return "";
    } else if (o instanceof Observation.Leak l) {
      return l.type();
    }
    return c.what();
  }

  /** The run's scenario cut after the step where it shows (all of it for what shows at the end). */
  static Witness witness(RunDiff d, String step) {
    int at = d.steps().indexOf(step);
    return new Witness.Scenario(d.board(), d.config(), d.scenario(),
        at < 0 ? d.steps() : d.steps().subList(0, at + 1));
  }

  /**
   * The changes of a run up to the first step where a side ran out of its step or call budget: in that step only the
   * problems the hanging side's comparison can trust (what appears on the side that did not stop early, and the
   * hang itself); after it, nothing.
   */
  static List<Change> kept(RunDiff d) {
    String hang = hungAt(d);
    if (hang == null) {
      return d.changes();
    }
    int limit = d.steps().indexOf(hang);
    boolean afterHung = hangs(d.problemsAfter(), hang);
    boolean beforeHung = hangs(d.problemsBefore(), hang);
    List<Change> out = new ArrayList<>();
    for (Change c : d.changes()) {
      int at = d.steps().indexOf(c.step());
      if (at >= 0 && at < limit) {
        out.add(c);
      } else if (at == limit && c.isProblem() && (isHang(c)
          || (afterHung && !beforeHung && c.before().equals(Change.ABSENT))
          || (beforeHung && !afterHung && c.after().equals(Change.ABSENT)))) {
        out.add(c);
      }
    }
    return out;
  }

  /** The first step in which either side ran out of budget, or null. */
  static String hungAt(RunDiff d) {
    for (String step : d.steps()) {
      if (hangs(d.problemsBefore(), step) || hangs(d.problemsAfter(), step)) {
        return step;
      }
    }
    return null;
  }

  private static boolean hangs(List<Observation> problems, String step) {
    return problems.stream().anyMatch(o -> o.step().equals(step) && o instanceof Observation.FaultSeen f
        && (f.fault().kind() == FaultKind.HANG || f.fault().kind() == FaultKind.RUNAWAY));
  }

  private static boolean isHang(Change c) {
    return c.kind().equals("fault") && (c.after().startsWith(FaultKind.HANG.words)
        || c.after().startsWith(FaultKind.RUNAWAY.words) || c.before().startsWith(FaultKind.HANG.words)
        || c.before().startsWith(FaultKind.RUNAWAY.words));
  }

  /** Runs that differ by board and scenario; a config that found exactly what an earlier one did is folded. */
  private static List<FindingSet.RunGroup> groups(Map<String, List<RunDiff>> groups,
      Map<String, Set<String>> keysOf) {
    List<FindingSet.RunGroup> out = new ArrayList<>();
    for (List<RunDiff> runs : groups.values()) {
      if (runs.stream().allMatch(d -> d.verdict() == Verdict.SAME)) {
        continue;
      }
      List<FindingSet.ConfigRun> configs = new ArrayList<>();
      for (int i = 0; i < runs.size(); i++) {
        RunDiff d = runs.get(i);
        String sameAs = "";
        for (int j = 0; j < i && sameAs.isEmpty(); j++) {
          RunDiff e = runs.get(j);
          if (e.verdict() == d.verdict() && keysOf.get(e.id()).equals(keysOf.get(d.id()))) {
            sameAs = e.config();
          }
        }
        configs.add(new FindingSet.ConfigRun(d.config(), d.verdict(), sameAs, hungAt(d)));
      }
      out.add(new FindingSet.RunGroup(runs.get(0).board(), runs.get(0).scenario(), configs));
    }
    return out;
  }
}
