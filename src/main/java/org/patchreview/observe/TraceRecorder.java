package org.patchreview.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.patchreview.c.Type;
import org.patchreview.interp.ExecutionListener;
import org.patchreview.interp.Fault;
import org.patchreview.interp.FunctionSymbol;
import org.patchreview.interp.Machine;

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

  public TraceRecorder(Predicate<FunctionSymbol> traced, ValueNamer namer) {
    this.traced = traced;
    this.namer = namer;
  }

  /** Observations from now on belong to this step and action (e.g. step "unbind", action "unbind sata0"). */
  public void at(String step, String action) {
    this.step = step;
    this.action = action;
    open.clear();
  }

  public String step() {
    return step;
  }

  public void add(Observation o) {
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
    observations.add(new Observation.Call(step, depth, function.name(), named,
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
    observations.add(new Observation.FaultSeen(step, action, fault));
  }

  @Override
  public void log(int level, String text, org.patchreview.c.Span where) {
    observations.add(new Observation.Log(step, level, text, where.fileLine()));
  }

  @Override
  public void warning(Fault where) {
    observations.add(new Observation.Warning(step, action, where));
  }
}
