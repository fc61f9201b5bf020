package org.patchreview.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.patchreview.c.Config;
import org.patchreview.c.Span;
import org.patchreview.hw.Board;
import org.patchreview.hw.DtNode;
import org.patchreview.hw.Hardware;
import org.patchreview.hw.MmioDevice;
import org.patchreview.interp.Fault;
import org.patchreview.interp.FaultKind;
import org.patchreview.interp.GlobalSymbol;
import org.patchreview.interp.LeakScanner;
import org.patchreview.interp.Coverage;
import org.patchreview.interp.Machine;
import org.patchreview.interp.Oops;
import org.patchreview.interp.Program;
import org.patchreview.interp.Region;
import org.patchreview.interp.Site;
import org.patchreview.interp.StatementLog;
import org.patchreview.observe.Observation;
import org.patchreview.observe.Trace;
import org.patchreview.observe.TraceRecorder;

/**
 * Runs one scenario on one board with one built kernel, driving the driver core's entry points of the modelled C
 * ({@code of_platform_device_create}, {@code device_attach}, {@code device_release_driver}) and the initcalls; it knows
 * nothing of patches. A fault stops the action it happened in, as an oops stops a task, and the scenario goes on.
 */
public final class ScenarioRunner {
  private static final Span RUNNER = new Span("(runner)", 0, 0);
  private static final Pattern INITCALL = Pattern.compile("\\.initcall(\\d+)(s?)\\.init");
  private static final int MAX_WORK = 10_000;

  private final Program program;
  private final Board board;
  private final Scenario scenario;
  private final Namer namer = new Namer();
  private final TraceRecorder recorder;
  private final Map<String, Long> devices = new LinkedHashMap<>();
  private final Map<String, DtNode> nodes = new LinkedHashMap<>();
  private final References references = new References();
  /** The step whose action hung (ran out of its step budget), after which nothing more runs; null until then. */
  private String hungIn;
  private final Observing observing;
  private final String config;
  private final java.util.Set<Long> reportedLocks = new java.util.HashSet<>();
  private Machine machine;
  private ModelEnvironment environment;
  private Hardware hardware;

  private ScenarioRunner(Program program, Board board, Scenario scenario, Observing observing, String config) {
    this.program = program;
    this.board = board;
    this.scenario = scenario;
    this.observing = observing;
    this.config = config;
    this.recorder = new TraceRecorder(observing::traced, namer);
  }

  /**
   * Runs scenarios that each start with the steps of the one before ({@link Scenario#isPrefixOf}) as one execution:
   * execution is deterministic, so the first steps of a longer scenario are the shorter one. Each scenario's trace
   * ends where it ends, with its own leak check; what it records and checks is what {@code observing} declares. With
   * {@code recordStatements}, each trace also carries the statements the run executed ({@link Trace#execution()}),
   * for saying where two runs part. The config only names the runs (the program was built for it). Returns the
   * traces in the order given.
   */
  public static List<Trace> runChain(Program program, Board board, Config config, List<Scenario> chain,
      Machine.Budget budget, Observing observing, boolean recordStatements) {
    return runChain(program, board, config, chain, budget, observing, recordStatements, null);
  }

  /**
   * As above; with {@code coverage}, every statement the chain enters (boot included) is marked in it, so that a
   * patch that changes only statements none of them entered can be proven not to change the chain's runs.
   */
  public static List<Trace> runChain(Program program, Board board, Config config, List<Scenario> chain,
      Machine.Budget budget, Observing observing, boolean recordStatements, Coverage coverage) {
    long start = System.nanoTime();
    Scenario longest = chain.get(chain.size() - 1);
    ScenarioRunner r = start(program, board, longest, observing, config.name(), budget, recordStatements, coverage);
    List<Trace> traces = new ArrayList<>();
    List<String> steps = new ArrayList<>();
    int next = 0;
    for (int i = 0; i <= longest.steps().size(); i++) {
      while (next < chain.size() && (chain.get(next).steps().size() == i || r.hungIn != null)) {
        // A hung CPU never comes back: the steps after the hang do not run, and no leak check is made (what the
        // hung call holds in its frames would read as leaks).
        List<Observation> seen = new ArrayList<>(r.recorder.observations());
        List<Observation> leaks = r.hungIn == null ? r.leaks() : List.of();
        seen.addAll(leaks);
        traces.add(new Trace(board.name(), config.name(), chain.get(next).name(), List.copyOf(steps),
            List.copyOf(seen), System.nanoTime() - start, r.hungIn == null ? null : Trace.hungIn(r.hungIn),
            r.recorder.execution(leaks.size())));
        next++;
      }
      if (i == longest.steps().size() || next == chain.size()) {
        break;
      }
      Scenario.Step step = longest.steps().get(i);
      steps.add(step.name());
      r.step(step);
    }
    return traces;
  }

  /** A runner with its machine made and the Device Tree unflattened, before any step. */
  static ScenarioRunner start(Program program, Board board, Scenario scenario, Observing observing, String config,
      Machine.Budget budget, boolean recordStatements) {
    return start(program, board, scenario, observing, config, budget, recordStatements, null);
  }

  private static ScenarioRunner start(Program program, Board board, Scenario scenario, Observing observing,
      String config, Machine.Budget budget, boolean recordStatements, Coverage coverage) {
    ScenarioRunner r = new ScenarioRunner(program, board, scenario, observing, config);
    r.hardware = Hardware.of(board, e -> r.recorder.add(new Observation.Hardware(r.recorder.step(), e.device(),
        e.what())));
    r.environment = new ModelEnvironment(board, r.hardware);
    r.machine = Machine.create(program, r.environment, r.recorder, budget);
    r.machine.recordCoverage(coverage);
    if (recordStatements) {
      StatementLog log = new StatementLog();
      r.machine.recordStatements(log);
      r.recorder.recordStatements(log);
    }
    r.namer.attach(r.machine);
    r.machine.memory().setNamer(r.namer::deviceName);
    r.environment.createNodes(r.machine);
    for (DtNode n : board.nodes()) {
      r.namer.node(r.environment.address(n), Selectors.name(n));
    }
    return r;
  }

  /**
   * This runner as it is now, to run on independently (the explorer's copy of a reached state): the machine and the
   * register models copied, the devices made, what was reported and what the references check remembers; the trace
   * recorded so far is not copied (the copy records what happens from now on). Empty when a device model cannot be
   * copied. Between steps only.
   */
  Optional<ScenarioRunner> fork() {
    ScenarioRunner r = new ScenarioRunner(program, board, scenario, observing, config);
    Optional<Hardware> hw = hardware.copy(e -> r.recorder.add(new Observation.Hardware(r.recorder.step(), e.device(),
        e.what())));
    if (hw.isEmpty()) {
      return Optional.empty();
    }
    r.hardware = hw.get();
    r.environment = environment.with(r.hardware);
    r.machine = machine.fork(r.environment, r.recorder);
    r.namer.copyNames(namer);
    r.namer.attach(r.machine);
    r.machine.memory().setNamer(r.namer::deviceName);
    r.devices.putAll(devices);
    r.nodes.putAll(nodes);
    r.references.copy(references);
    r.hungIn = hungIn;
    r.reportedLocks.addAll(reportedLocks);
    return Optional.of(r);
  }

  /** One step as a script runs it: its actions, then the state read back (and the isolation check). */
  void step(Scenario.Step step) {
    recorder.at(step.name(), "");
    for (Scenario.Action action : step.actions()) {
      perform(step.name(), action);
    }
    snapshot(step.name());
  }

  TraceRecorder recorder() {
    return recorder;
  }

  Machine machine() {
    return machine;
  }

  Hardware hardware() {
    return hardware;
  }

  /** The devices created so far, by name, in the order they were created. */
  Map<String, Long> devices() {
    return devices;
  }

  /** The leaks as the end of a run reports them (the run can go on). */
  List<Observation> leaksNow() {
    return leaks();
  }

  private void perform(String step, Scenario.Action action) {
    if (action.verb() == Scenario.Verb.BOOT) {
      boot(step);
      return;
    }
    for (DtNode node : Selectors.select(board, action.selector())) {
      if (hungIn != null) {
        return;
      }
      String name = Selectors.name(node);
      String what = action.verb().word + " " + name;
      recorder.at(step, what);
      // A switch expression, so that a new verb does not compile until it says what it does.
      Runnable act = switch (action.verb()) {
        case ADD -> () -> {
          if (!devices.containsKey(name)) {
            guarded(step, what, () -> add(node, name));
          }
        };
        case BIND -> () -> deviceCall(step, what, name, "device_attach");
        case UNBIND -> () -> deviceCall(step, what, name, "device_release_driver");
        case BOOT -> throw new IllegalStateException("boot acts on no device (handled above)");
      };
      if (action.outcome() != Scenario.Outcome.AS_WRITTEN) {
        forceProbe(node, action.outcome());
      }
      try {
        act.run();
        flushWork(step, what);
      } finally {
        machine.intercept(observing.probe(), null);
      }
    }
  }

  /**
   * Makes the probes of {@code node}'s device in this action end as {@code outcome} says, by standing in for the
   * bus's probe call that the driver core makes after configuring DMA ({@link Observing#probe()}).
   */
  private void forceProbe(DtNode node, Scenario.Outcome outcome) {
    long np = environment.address(node);
    Site site = Site.at(RUNNER, "dev->of_node");
    machine.intercept(observing.probe(), (args, proceed) -> {
      if (args.length == 0 || machine.readField(args[0], "device", "of_node", site) != np) {
        return proceed.getAsLong();
      }
      return switch (outcome) {
        case DEFERS -> -EPROBE_DEFER;
        case FAILS -> {
          long r = proceed.getAsLong();
          yield r == 0 ? -ENOMEM : r;
        }
        case AS_WRITTEN -> proceed.getAsLong();
      };
    });
  }

  private static final long EPROBE_DEFER = 517;
  private static final long ENOMEM = 12;

  private void add(DtNode node, String name) {
    long pdev = machine.call("of_platform_device_create", RUNNER, environment.address(node), 0, 0);
    if (pdev == 0) {
      return;
    }
    long dev = pdev + program.struct("platform_device").flatMap(s -> s.layout().find("dev"))
        .map(f -> (long) f.offset()).orElse(0L);
    devices.put(name, dev);
    nodes.put(name, node);
  }

  private void deviceCall(String step, String what, String name, String function) {
    Long dev = devices.get(name);
    if (dev != null) {
      guarded(step, what, () -> machine.call(function, RUNNER, dev));
    }
  }

  private void guarded(String step, String what, Runnable r) {
    try {
      r.run();
    } catch (Oops o) {
      // An oops leaves whatever locks the task held taken, as in the kernel: that is part of this fault.
      recorder.add(new Observation.FaultSeen(step, what, o.fault()));
      if (o.fault().kind() == org.patchreview.interp.FaultKind.HANG && hungIn == null) {
        hungIn = step;
      }
      reportedLocks.addAll(machine.heldLocks());
      return;
    }
    for (long lock : machine.heldLocks()) {
      if (!reportedLocks.add(lock)) {
        continue;
      }
      recorder.add(new Observation.FaultSeen(step, what, machine.stillHeld(lock, what, RUNNER)));
    }
  }

  /** Runs queued work (deferred probing) to completion, as a flushed workqueue would. */
  private void flushWork(String step, String what) {
    for (int i = 0; i < MAX_WORK && hungIn == null; i++) {
      long work = machine.nextWork();
      if (work == 0) {
        return;
      }
      long func = machine.readField(work, "work_struct", "func", Site.at(RUNNER, "work->func"));
      guarded(step, what + " (queued work)", () -> machine.callAddress(func, RUNNER, work));
    }
  }

  /** Calls every initcall: by level, then file, then position in the file. */
  private void boot(String step) {
    List<Map.Entry<GlobalSymbol, String>> calls = new ArrayList<>(program.globalsInSection(".initcall"));
    // Each section's level once, not a match and a format in every comparison of the sort.
    Map<String, String> levels = new java.util.HashMap<>();
    calls.sort(Comparator.comparing((Map.Entry<GlobalSymbol, String> e) -> levels.computeIfAbsent(e.getValue(),
            ScenarioRunner::level))
        .thenComparing(e -> e.getKey().file())
        .thenComparing(e -> e.getKey().decl().span().line()));
    for (Map.Entry<GlobalSymbol, String> e : calls) {
      if (hungIn != null) {
        return;
      }
      GlobalSymbol g = e.getKey();
      long fn = machine.memory().load(g.address(), 4, Site.at(g.decl().span(), g.name()));
      String what = "initcall " + machine.program().functionAt(fn).map(f -> f.name()).orElse(g.name());
      recorder.at(step, what);
      guarded(step, what, () -> machine.callAddress(fn, g.decl().span()));
      flushWork(step, what);
    }
  }

  private static String level(String section) {
    Matcher m = INITCALL.matcher(section);
    return m.matches() ? String.format("%02d%s", Integer.parseInt(m.group(1)), m.group(2)) : "99";
  }

  private void snapshot(String step) {
    recorder.at(step, "");
    for (Map.Entry<String, Long> d : devices.entrySet()) {
      try {
        DeviceStates.read(machine, namer, step, d.getKey(), d.getValue()).forEach(recorder::add);
      } catch (Oops o) {
        recorder.add(new Observation.State(step, d.getKey(), "state", "unreadable: " + o.fault().message()));
      }
    }
    for (MmioDevice model : hardware.models()) {
      for (Map.Entry<String, String> s : model.state().entrySet()) {
        if (Selectors.isIommuModel(model)) {
          recorder.add(new Observation.State(step, model.name(), s.getKey(), s.getValue()));
        }
      }
    }
    if (observing.checksIsolation(config)) {
      for (Map.Entry<String, Long> d : devices.entrySet()) {
        try {
          Isolation.check(machine, namer, hardware, observing, step, d.getKey(), nodes.get(d.getKey()), d.getValue())
              .forEach(recorder::add);
        } catch (Oops o) {
          // The device's state did not read: the state line above says so.
        }
      }
    }
    if (!observing.refcounted().isEmpty()) {
      try {
        if (noMasterBound()) {
          references.check(machine, namer, observing.refcounted(), step).forEach(recorder::add);
        }
      } catch (Oops o) {
        // A device's state did not read: the state lines above say so.
      }
    }
  }

  /** Whether no master on the board is bound to a driver (every master unbound, or none bound yet). */
  private boolean noMasterBound() {
    for (Map.Entry<String, Long> d : devices.entrySet()) {
      if (Selectors.isMaster(nodes.get(d.getKey()))
          && machine.readField(d.getValue(), "device", "driver", Site.at(RUNNER, "dev->driver")) != 0) {
        return false;
      }
    }
    return true;
  }

  /** The objects no pointer reaches now; scanning changes nothing, so the run can go on after it. */
  private List<Observation> leaks() {
    List<Observation> out = new ArrayList<>();
    List<Long> roots = new ArrayList<>(environment.nodeAddresses());
    for (Region r : LeakScanner.scan(machine.memory(), roots)) {
      String type = r.type() == null ? "kmalloc(" + r.size() + ")" : r.type().spell();
      out.add(new Observation.Leak("end", r.label(), type, r.size(), r.allocFunction(),
          r.allocSite() == null ? "" : r.allocSite().fileLine()));
    }
    return out;
  }
}
