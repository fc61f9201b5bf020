package org.patchreview.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.patchreview.c.Type;
import org.patchreview.interp.ExecutionListener;
import org.patchreview.interp.Fault;
import org.patchreview.interp.FunctionSymbol;
import org.patchreview.interp.Machine;
import org.patchreview.interp.StatementLog;

/** Listens to a run and records its observations, naming values through a {@link ValueNamer}. */
public final class TraceRecorder implements ExecutionListener {
  /** Names a value of a C type the way reports show it (devices by node, objects by label, symbols by name). */
  public interface ValueNamer {
    String name(Type type, long value);
  }

  private final Predicate<FunctionSymbol> traced;
  private final ValueNamer namer;
  private final List<Observation> observations = new ArrayList<>();
  private final List<Integer> open = new ArrayList<>();
  private String step = "";
  private String action = "";
  private StatementLog log;
  private int[] positions = new int[0];
  private final List<Integer> actionStarts = new ArrayList<>();

  public TraceRecorder(Predicate<FunctionSymbol> traced, ValueNamer namer) {
    this.traced = traced;
    this.namer = namer;
  }

  /** Observations from now on belong to this step and action (e.g. step "unbind", action "unbind sata0"). */
  public void at(String step, String action) {
    this.step = step;
    this.action = action;
    open.clear();
    if (log != null) {
      log.startAction();
    }
    if (log != null && (actionStarts.isEmpty() || actionStarts.get(actionStarts.size() - 1) != log.size())) {
      actionStarts.add(log.size());
    }
  }

  /** Notes, for each observation from now on, how many statements of {@code log} had run when it was made. */
  public void recordStatements(StatementLog log) {
    this.log = log;
    this.positions = new int[64];
  }

  /** The execution so far, for a trace of the observations so far followed by {@code extra} made at the end. */
  public Execution execution(int extra) {
    if (log == null) {
      return null;
    }
    int n = observations.size();
    int[] at = java.util.Arrays.copyOf(positions, n + extra);
    java.util.Arrays.fill(at, n, n + extra, log.size());
    return new Execution(log, log.size(), at, actionStarts.stream().mapToInt(Integer::intValue).toArray());
  }

  public String step() {
    return step;
  }

  public void add(Observation o) {
    if (log != null) {
      if (observations.size() == positions.length) {
        positions = java.util.Arrays.copyOf(positions, positions.length * 2);
      }
      positions[observations.size()] = log.size();
    }
    observations.add(o);
  }

  public List<Observation> observations() {
    return List.copyOf(observations);
  }

  @Override
  public void enter(Machine machine, FunctionSymbol function, long[] args, FunctionSymbol caller, int depth,
      org.patchreview.c.Span site) {
    if (!traced.test(function) || (caller != null && traced.test(caller) && caller.file().equals(function.file())
        && function.isStatic())) {
      return;
    }
    List<String> named = new ArrayList<>();
    List<Type> types = function.type().params();
    for (int i = 0; i < args.length; i++) {
      named.add(namer.name(i < types.size() ? types.get(i) : Type.Int.LONG, args[i]));
    }
    String where = site == null || site.line() == 0 ? "" : site.fileLine();
    while (open.size() >= depth) {
      open.remove(open.size() - 1);
    }
    while (open.size() < depth - 1) {
      open.add(-1);
    }
    open.add(observations.size());
    add(new Observation.Call(step, depth, function.name(), named,
        function.type().returns().isVoid() ? "" : "(no return: oops)", where));
  }

  @Override
  public void exit(Machine machine, FunctionSymbol function, long result, int depth) {
    if (open.size() < depth) {
      return;
    }
    int index = open.get(depth - 1);
    if (index < 0 || !(observations.get(index) instanceof Observation.Call c) || !c.function().equals(function.name())) {
      return;
    }
    open.set(depth - 1, -1);
    if (!function.type().returns().isVoid()) {
      observations.set(index, c.returning(namer.name(function.type().returns(), result)));
    }
  }

  @Override
  public void fault(Fault fault) {
    add(new Observation.FaultSeen(step, action, fault));
  }

  @Override
  public void log(int level, String text, org.patchreview.c.Span where) {
    add(new Observation.Log(step, level, text, where.fileLine()));
  }

  @Override
  public void warning(Fault where) {
    add(new Observation.Warning(step, action, where));
  }
}
