package org.patchreview.interp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patchreview.c.Span;
import org.patchreview.c.StructLayout;
import org.patchreview.c.Type;

/**
 * One run of a program: fresh memory from the program image, the C call stack, budgets, pending work, and the
 * environment (device tree, registers) the primitives reach. Not thread-safe; runs are independent.
 */
public final class Machine implements Memory.FaultReporter {
  /** Budgets that turn runaway C into an observation instead of a stuck tool. */
  public record Budget(long steps, int depth, long heapBytes) {
    public static final Budget DEFAULT = new Budget(1_000_000, 256, 256L << 20);
  }

  private final Program program;
  private final Memory memory;
  private final Environment environment;
  private final ExecutionListener listener;
  private final Budget budget;
  private final List<Frame> frames = new ArrayList<>();
  private final Map<String, Integer> labelCounters = new HashMap<>();
  private final Set<String> reported = new HashSet<>();
  private final Set<FaultKind> reportedInAction = java.util.EnumSet.noneOf(FaultKind.class);
  private final Set<Long> heldLocks = new LinkedHashSet<>();
  private final Deque<Long> work = new ArrayDeque<>();
  private long steps;
  private StatementLog statements;
  private Coverage coverage;

  private Machine(Program program, Environment environment, ExecutionListener listener, Budget budget) {
    this.program = program;
    this.memory = new Memory(this);
    memory.setLateRegions(this::placeLateString);
    this.environment = environment;
    this.listener = listener;
    this.budget = budget;
    this.actionBudget = budget.steps();
  }

  /** A copy of {@code from} between calls, in {@code environment}, reporting to {@code listener}. */
  private Machine(Machine from, Environment environment, ExecutionListener listener) {
    this.program = from.program;
    this.memory = from.memory.fork(this, h -> h.on(environment));
    memory.setLateRegions(this::placeLateString);
    this.environment = environment;
    this.listener = listener;
    this.budget = from.budget;
    labelCounters.putAll(from.labelCounters);
    reported.addAll(from.reported);
    reportedInAction.addAll(from.reportedInAction);
    heldLocks.addAll(from.heldLocks);
    work.addAll(from.work);
    this.steps = from.steps;
    this.runSteps = from.runSteps;
    this.actionBudget = from.actionBudget;
    if (from.interceptors != null && !from.interceptors.isEmpty()) {
      this.interceptors = new HashMap<>(from.interceptors);
    }
  }

  /**
   * This machine as it is now, to run on independently in {@code environment} (a copy of this one's devices) with
   * its observations going to {@code listener}: memory, counters, faults reported, locks held and pending work. Both
   * machines may run on; neither sees the other's changes. Made between the runner's calls, never during one.
   */
  public Machine fork(Environment environment, ExecutionListener listener) {
    if (!frames.isEmpty() || statements != null || coverage != null) {
      throw new IllegalStateException("a machine is copied between calls, without a statement log or coverage");
    }
    return new Machine(this, environment, listener);
  }

  private Region placeLateString(long addr) {
    Program.Placed p = program.lateString(addr);
    if (p == null) {
      return null;
    }
    Region r = memory.place(p.base(), p.size(), p.kind(), p.name(), p.site());
    System.arraycopy(p.data(), 0, r.data, 0, p.data().length);
    return r;
  }

  /** A machine with the program's initial image, ready for the runner's calls. */
  public static Machine create(Program program, Environment environment, ExecutionListener listener, Budget budget) {
    Machine m = new Machine(program, environment, listener, budget);
    m.load(program.image());
    return m;
  }

  static Machine boot(Program program, Program.Image image) {
    Machine m = new Machine(program, Environment.NONE, ExecutionListener.NONE, Budget.DEFAULT);
    m.load(image);
    return m;
  }

  private void load(Program.Image image) {
    memory.useImage(image.index());
  }

  /** Runs the stores of a global's initialiser (no frame needed: they only touch globals). */
  void runAll(List<StmtNode> stores, Span span) {
    Frame f = new Frame(this, null, null, span);
    for (StmtNode s : stores) {
      s.exec(f);
    }
  }

  /** Statements executed by the last call from outside (what the step budget counts). */
  public long stepsTaken() {
    return steps;
  }

  public Program program() {
    return program;
  }

  public Memory memory() {
    return memory;
  }

  public Environment environment() {
    return environment;
  }

  public ExecutionListener listener() {
    return listener;
  }

  /** From now on, appends every statement this machine executes to {@code log} (null stops recording). */
  public void recordStatements(StatementLog log) {
    this.statements = log;
  }

  /** From now on, marks in {@code coverage} every statement this machine enters (null stops marking). */
  public void recordCoverage(Coverage coverage) {
    this.coverage = coverage;
  }

  /** A statement that takes no step (a block, an empty statement, a jump) was entered. */
  void cover(StmtNode at) {
    if (coverage != null) {
      coverage.add(at);
    }
  }

  // ------------------------------------------------------------------ calls

  /** Calls a function with external linkage by name, as the runner drives the kernel's entry points. */
  public long call(String name, Span from, long... args) {
    FunctionSymbol fn = program.function(name).orElse(null);
    Site site = Site.at(from, name + "(...)");
    if (fn == null) {
      throw new Oops(faultRecord(FaultKind.UNDEFINED_FUNCTION, "the model has no function " + name, site, null));
    }
    return enter(fn, args, site);
  }

  /** Calls the function at a code address (a work item's {@code func}, an initcall). */
  public long callAddress(long address, Span from, long... args) {
    Site site = Site.at(from, "(*0x" + Long.toHexString(address) + ")(...)");
    return enter(functionAt(address, site), args, site);
  }

  /**
   * Statements one run may take over all its actions: four actions' budgets. A loop in a function every probe calls
   * (100 M iterations in arch_setup_dma_ops) ran each action to the budget, for 108 s; once a run has spent this,
   * each further action gets what is left, at least {@link #MIN_ACTION_STEPS}. Ordinary runs take thousands.
   */
  private static final long RUN_BUDGET_ACTIONS = 4;
  private static final long MIN_ACTION_STEPS = 100_000;
  private long runSteps;
  private long actionBudget;

  private long enter(FunctionSymbol fn, long[] args, Site site) {
    runSteps += steps;
    steps = 0;
    actionBudget = Math.min(budget.steps(), Math.max(MIN_ACTION_STEPS,
        RUN_BUDGET_ACTIONS * budget.steps() - runSteps));
    reportedInAction.clear();
    try {
      return invoke(fn, args, site);
    } finally {
      frames.clear();
    }
  }

  FunctionSymbol functionAt(long address, Site site) {
    FunctionSymbol fn = program.functionAt(address).orElse(null);
    if (fn == null) {
      String what = address == 0 ? "call through a NULL function pointer"
          : AddressSpace.isErrPtr(address) ? "call through " + AddressSpace.errPtr(address)
          : "call to 0x" + Long.toHexString(address) + ", which is not a function (" + memory.describe(address) + ")";
      throw new Oops(faultRecord(FaultKind.BAD_CALL, what, site, memory.find(address)));
    }
    return fn;
  }

  /** Stands in for calls of one function: given the arguments and the call itself, returns what the caller gets. */
  public interface Interceptor {
    long call(long[] args, java.util.function.LongSupplier proceed);
  }

  /** Null until the runner intercepts something, so that the hot path tests one field. */
  private Map<String, Interceptor> interceptors;

  /** From now on, calls of {@code function} go through {@code i} (null: no longer). The explorer's probe outcomes. */
  public void intercept(String function, Interceptor i) {
    if (interceptors == null) {
      interceptors = new HashMap<>();
    }
    if (i == null) {
      interceptors.remove(function);
      if (interceptors.isEmpty()) {
        interceptors = null;
      }
    } else {
      interceptors.put(function, i);
    }
  }

  long invoke(FunctionSymbol fn, long[] args, Site site) {
    Interceptor i = interceptors == null ? null : interceptors.get(fn.name);
    return i == null ? invokeDirect(fn, args, site) : i.call(args, () -> invokeDirect(fn, args, site));
  }

  private long invokeDirect(FunctionSymbol fn, long[] args, Site site) {
    FunctionSymbol caller = frames.isEmpty() ? null : frames.get(frames.size() - 1).function;
    if (frames.size() >= budget.depth()) {
      fault(FaultKind.RUNAWAY, "call depth passed " + budget.depth() + " calling " + fn.name, site, null);
    }
    if (fn.primitive != null) {
      return invokePrimitive(fn, args, site, caller);
    }
    if (!fn.isDefined()) {
      throw new Oops(faultRecord(FaultKind.UNDEFINED_FUNCTION, "call to " + fn.name
          + ", which has no body in the model and no primitive", site, null));
    }
    CompiledFunction c = program.compiled(fn);
    Region stack = memory.allocate(Region.Kind.STACK, Math.max(c.frameSize, 1), 8, null, site.span(), fn.name);
    stack.frame = true;
    stack.poison = c.poison;
    Frame f = new Frame(this, stack, fn, site.span());
    for (int i = 0; i < c.paramOffsets.length && i < args.length; i++) {
      ExprNode.store(memory, f.base + c.paramOffsets[i], c.paramTypes[i], args[i], site);
    }
    frames.add(f);
    int depth = frames.size();
    listener.enter(this, fn, args, caller, depth, site.span());
    long result;
    try {
      if (c.body.exec(f) == StmtNode.GOTO) {
        throw new Oops(faultRecord(FaultKind.UNSUPPORTED, "goto " + f.gotoLabel + ": no such label in "
            + fn.name, site, null));
      }
      result = f.returnValue;
      if (fn.type.returns() instanceof Type.Struct s) {
        // A struct returned by value outlives the callee's frame: copy it out before the frame goes.
        Region copy = memory.allocate(Region.Kind.STACK, s.size(), 8, null, site.span(), fn.name);
        copy.label = "value returned by " + fn.name;
        memory.copy(copy.base, result, s.size(), site);
        result = copy.base;
      }
    } finally {
      frames.remove(frames.size() - 1);
      memory.release(stack, site.span(), fn.name);
    }
    listener.exit(this, fn, result, depth);
    return result;
  }

  private long invokePrimitive(FunctionSymbol fn, long[] args, Site site, FunctionSymbol caller) {
    Frame marker = new Frame(this, null, fn, site.span());
    frames.add(marker);
    int depth = frames.size();
    listener.enter(this, fn, args, caller, depth, site.span());
    long result;
    try {
      result = fn.primitive.call(this, args, site);
    } finally {
      frames.remove(frames.size() - 1);
    }
    listener.exit(this, fn, result, depth);
    return result;
  }

  void step(StmtNode at) {
    if (++steps > actionBudget) {
      throw new Oops(faultRecord(FaultKind.HANG, "more than " + actionBudget
          + " statements in one action: a loop that does not end" + (actionBudget < budget.steps()
          ? " (the run had spent most of its " + RUN_BUDGET_ACTIONS * budget.steps() + ")" : ""),
          Site.at(at.span, "loop"), null));
    }
    if (statements != null) {
      record(at);
    }
    if (coverage != null) {
      coverage.add(at);
    }
  }

  /** Off the hot path: a block steps only when a goto resumes in it, which is not a statement of its own. */
  private void record(StmtNode at) {
    if (at instanceof Statements.Block) {
      return;
    }
    FunctionSymbol fn = frames.isEmpty() ? null : frames.get(frames.size() - 1).function;
    statements.add(at.span, fn == null ? "" : fn.name);
  }

  // ------------------------------------------------------------------ faults

  @Override
  public boolean wants(FaultKind kind) {
    return kind.fatal() || !reportedInAction.contains(kind);
  }

  @Override
  public void fault(FaultKind kind, String message, Site site, Region region) {
    if (!wants(kind)) {
      return;
    }
    Fault f = faultRecord(kind, message, site, region);
    if (kind.fatal()) {
      throw new Oops(f);
    }
    // Like KASAN, report the first bad access of a kind in an action: the rest follow from it.
    if (reportedInAction.add(kind) && reported.add(kind + "@" + f.span() + "@" + f.function())) {
      listener.fault(f);
    }
  }

  /** A fault with the current C call stack, not yet reported. */
  public Fault faultRecord(FaultKind kind, String message, Site site, Region region) {
    Span span = site.span();
    List<String> stack = callStack(span);
    FunctionSymbol current = currentFunction();
    String function = current != null ? current.name
        : frames.isEmpty() ? "(runner)" : frames.get(frames.size() - 1).function.name;
    return new Fault(kind, message, span, site.expression(), function, stack,
        region == null ? "" : region.label());
  }

  /** The C call stack, innermost first, each as {@code function (file:line)}. */
  public List<String> callStack(Span innermost) {
    List<String> out = new ArrayList<>();
    Span at = innermost;
    for (int i = frames.size() - 1; i >= 0; i--) {
      Frame f = frames.get(i);
      out.add(f.function.name + (at == null || at.line() == 0 ? "" : " (" + at.fileLine() + ")"));
      at = f.callSite;
    }
    return out;
  }

  /** The function running now (null between actions). */
  public FunctionSymbol currentFunction() {
    for (int i = frames.size() - 1; i >= 0; i--) {
      if (frames.get(i).function != null && frames.get(i).stack != null) {
        return frames.get(i).function;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ objects

  /** Gives an untyped heap object the struct type the C first used it as, and its report label. */
  void typeObject(long address, Type.Struct type) {
    Region found = memory.find(address);
    if (found == null || found.base != address || found.type != null
        || (found.kind != Region.Kind.HEAP && found.kind != Region.Kind.PAGES)) {
      return;
    }
    Region r = memory.own(found);
    r.type = type;
    int n = labelCounters.merge(type.tag(), 1, Integer::sum);
    r.label = type.tag() + "#" + n;
  }

  /** Allocates heap memory for a primitive, recording the C site that asked for it. */
  public Region allocate(Region.Kind kind, int size, Site site) {
    if (memory.liveHeapBytes() + size > budget.heapBytes()) {
      fault(FaultKind.RUNAWAY, "heap budget of " + budget.heapBytes() + " bytes exhausted", site, null);
    }
    FunctionSymbol in = currentFunction();
    String by = in == null ? "runner" : in.name;
    Region r = memory.allocate(kind, size, 8, null, site.span(), by);
    // Untyped objects are named by who allocated them and how many that function allocated before, so a patch
    // that adds an allocation elsewhere does not rename every later object.
    String prefix = (kind == Region.Kind.PAGES ? "pages" : "kmalloc") + "@" + by;
    r.label = prefix + "#" + labelCounters.merge(prefix, 1, Integer::sum);
    return r;
  }

  /** Reads a member of a struct in memory by name (primitives and the runner use the program's own layout). */
  public long readField(long structAddress, String structTag, String member, Site site) {
    StructLayout.Field f = field(structTag, member, site);
    long v = ExprNode.load(memory, structAddress + f.offset(), f.type(), site);
    return v;
  }

  public void writeField(long structAddress, String structTag, String member, long value, Site site) {
    StructLayout.Field f = field(structTag, member, site);
    ExprNode.store(memory, structAddress + f.offset(), f.type(), value, site);
  }

  /** Reads a member (bitfields included) of the struct at {@code structAddress}. */
  public long read(long structAddress, StructLayout.Field f, Site site) {
    if (f.isBitfield()) {
      int unit = f.type().size();
      long word = memory.load(structAddress + f.offset(), unit, site);
      int shift = f.bitOffset() - f.offset() * 8;
      long mask = f.bitWidth() >= 64 ? -1L : (1L << f.bitWidth()) - 1;
      return (word >>> shift) & mask;
    }
    return ExprNode.load(memory, structAddress + f.offset(), f.type(), site);
  }

  /** Whether the program's struct has a member of that name. */
  public boolean hasField(String structTag, String member) {
    return program.struct(structTag).map(s -> s.complete() && s.layout().find(member).isPresent()).orElse(false);
  }

  private StructLayout.Field field(String structTag, String member, Site site) {
    Type.Struct s = program.struct(structTag).orElse(null);
    StructLayout.Field f = s == null || !s.complete() ? null : s.layout().find(member).orElse(null);
    if (f == null) {
      throw new Oops(faultRecord(FaultKind.UNSUPPORTED, "the model's struct " + structTag + " has no member "
          + member + ", which the runner needs", site, null));
    }
    return f;
  }

  // ------------------------------------------------------------------ locks and work

  void lockTaken(long lock) {
    heldLocks.add(lock);
  }

  void lockReleased(long lock) {
    heldLocks.remove(lock);
  }

  /** Locks still held now (the runner checks after each action). */
  /**
   * A lock still held when a step of the lifecycle ends (a probe, a remove, a work item): the kernel would deadlock
   * the next task to take it, so it is reported as lock misuse, at {@code end}.
   */
  public Fault stillHeld(long lock, String after, Span end) {
    return faultRecord(FaultKind.LOCK_MISUSE, memory.describe(lock) + " is still held after " + after,
        Site.at(end, after), memory.find(lock));
  }

  public Set<Long> heldLocks() {
    return Set.copyOf(heldLocks);
  }

  /** Queues a work item; false when it was already pending, as the kernel's schedule_work says. */
  boolean queueWork(long workStruct) {
    if (work.contains(workStruct)) {
      return false;
    }
    work.addLast(workStruct);
    return true;
  }

  /** Takes the next pending work item (the address of its {@code struct work_struct}), or 0. */
  public long nextWork() {
    Long w = work.pollFirst();
    return w == null ? 0 : w;
  }
}
