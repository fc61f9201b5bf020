package org.patchreview.interp;

import org.patchreview.c.CInputException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.patchreview.c.Decl;
import org.patchreview.c.Span;
import org.patchreview.c.TranslationUnit;
import org.patchreview.c.Type;
import org.patchreview.diag.Diagnostic;

/**
 * A linked kernel: its translation units, functions (C or primitive) and globals with their addresses, every function
 * compiled, and the initial image of its data. Immutable once linked and shared by every run of the same build.
 */
public final class Program {
  private final String label;
  private final List<Unit> units = new ArrayList<>();
  private final Map<String, FunctionSymbol> functions = new HashMap<>();
  private final Map<String, GlobalSymbol> globals = new HashMap<>();
  private final List<FunctionSymbol> allFunctions = new ArrayList<>();
  private final List<GlobalSymbol> allGlobals = new ArrayList<>();
  private final Map<ByteBuffer, Long> strings = new LinkedHashMap<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Function<String, Primitive> primitives;
  private long nextFunction = AddressSpace.TEXT_BASE;
  private long nextGlobal = AddressSpace.DATA_BASE;
  private long nextString = AddressSpace.STRING_BASE;
  private Image image;

  /** The bytes of the program image a run starts from, indexed by address. */
  record Image(List<Placed> regions, ImageIndex index) {
    Image(List<Placed> regions) {
      this(regions, new ImageIndex(regions));
    }
  }

  /** One region of the image: functions have no bytes, globals their initial value, strings their text. */
  record Placed(long base, int size, Region.Kind kind, String name, Span site, byte[] data) {}

  private Program(String label, Function<String, Primitive> primitives) {
    this.label = label;
    this.primitives = primitives;
  }

  /** Links translation units into a program; problems (multiple definitions, C that cannot run) are diagnostics. */
  public static Program link(String label, List<TranslationUnit> tus, Function<String, Primitive> primitives) {
    Program p = new Program(label, primitives);
    for (TranslationUnit tu : tus) {
      p.units.add(new Unit(tu));
    }
    for (Unit u : p.units) {
      p.defineFunctions(u);
    }
    for (Unit u : p.units) {
      p.declareFunctions(u);
      p.defineGlobals(u);
    }
    p.registerStaticLocals();
    p.buildImage();
    return p;
  }

  public String label() {
    return label;
  }

  public List<Diagnostic> diagnostics() {
    return Collections.unmodifiableList(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  // ------------------------------------------------------------------ symbols

  private void defineFunctions(Unit u) {
    for (Decl d : u.tu.decls()) {
      if (!(d instanceof Decl.Function f) || !f.isDefinition()) {
        continue;
      }
      boolean local = f.storage() == Decl.Storage.STATIC || f.inline() || f.span().file().endsWith(".h");
      Map<String, FunctionSymbol> table = local ? u.functions : functions;
      FunctionSymbol existing = table.get(f.name());
      if (existing != null && existing.isDefined()) {
        if (!local) {
          diagnostics.add(Diagnostic.error(f.span().file(), f.span().line(), "multiple definition of "
              + f.name() + " (first defined at " + existing.decl.span().fileLine() + ")"));
        }
        continue;
      }
      table.put(f.name(), newFunction(u, f.name(), f, local, null));
    }
  }

  private void declareFunctions(Unit u) {
    for (Decl d : u.tu.decls()) {
      if (d instanceof Decl.Function f && !f.isDefinition() && u.functions.get(f.name()) == null
          && functions.get(f.name()) == null) {
        functions.put(f.name(), newFunction(u, f.name(), f, false, primitives.apply(f.name())));
      }
    }
  }

  private FunctionSymbol newFunction(Unit u, String name, Decl.Function f, boolean isStatic, Primitive primitive) {
    Type.Function type;
    try {
      type = (Type.Function) u.types.resolve(f.type());
    } catch (CInputException e) {
      diagnostics.add(Diagnostic.error(f.span().file(), f.span().line(), "in the type of " + name + ": "
          + e.getMessage()));
      type = new Type.Function(Type.Int.INT, List.of(), true);
    }
    Decl.Function def = f.isDefinition() ? f : null;
    FunctionSymbol s = new FunctionSymbol(allFunctions.size(), name, def == null ? "" : f.span().file(),
        def == null ? f : def, type, isStatic, nextFunction, primitive, u);
    nextFunction += 16;
    allFunctions.add(s);
    return s;
  }

  private void defineGlobals(Unit u) {
    ExprCompiler exprs = new ExprCompiler(this, u, null);
    Initializers inits = new Initializers(exprs);
    for (Decl d : u.tu.decls()) {
      if (!(d instanceof Decl.Var v) || v.storage() == Decl.Storage.EXTERN && v.init() == null) {
        continue;
      }
      boolean isStatic = v.storage() == Decl.Storage.STATIC;
      Map<String, GlobalSymbol> table = isStatic ? u.globals : globals;
      GlobalSymbol existing = table.get(v.name());
      if (existing != null) {
        if (existing.decl.init() != null && v.init() != null && existing.decl != v) {
          diagnostics.add(Diagnostic.error(v.span().file(), v.span().line(), "redefinition of " + v.name()
              + " (first defined at " + existing.decl.span().fileLine() + ")"));
        }
        if (existing.decl.init() != null || v.init() == null) {
          continue;
        }
      }
      try {
        Type t = inits.sized(u.types.resolve(v.type()), v.init(), v.span());
        GlobalSymbol g = newGlobal(v.name(), u, v, t, isStatic);
        table.put(v.name(), g);
      } catch (CInputException e) {
        diagnostics.add(Diagnostic.error(v.span().file(), v.span().line(), "global " + v.name() + ": "
            + e.getMessage()));
      }
    }
  }

  private GlobalSymbol newGlobal(String name, Unit u, Decl.Var v, Type t, boolean isStatic) {
    int align = Math.max(4, t.align());
    long at = (nextGlobal + align - 1) / align * align;
    // Globals live in the model's data area; one that does not fit would overlap the strings after it.
    if (at + Math.max(t.size(), 1) + 8 > AddressSpace.STRING_BASE) {
      throw new CInputException(name + " (" + t.size() + " bytes) does not fit in the "
          + (AddressSpace.STRING_BASE - AddressSpace.DATA_BASE) / (1 << 20) + " MiB the model gives all globals",
          v.span());
    }
    nextGlobal = at;
    GlobalSymbol g = new GlobalSymbol(name, u, v, t, isStatic, nextGlobal);
    nextGlobal += Math.max(t.size(), 1) + 8;
    allGlobals.add(g);
    return g;
  }

  /** A {@code static} variable inside a function: a global named {@code function.variable}, made at link time. */
  GlobalSymbol staticLocal(Unit u, FunctionSymbol fn, Decl.Var v) {
    GlobalSymbol g = staticLocals.get(v);
    if (g == null) {
      throw new CompileError(v.span(), "static local " + v.name() + " was not registered at link time");
    }
    return g;
  }

  private final Map<Decl.Var, GlobalSymbol> staticLocals = new java.util.IdentityHashMap<>();

  /**
   * Functions are compiled when first called, but their {@code static} locals must be in the image every run starts
   * from: find them in the bodies now.
   */
  private void registerStaticLocals() {
    for (FunctionSymbol fn : allFunctions) {
      if (!fn.isDefined()) {
        continue;
      }
      Unit u = unitOf(fn);
      StaticLocalFinder.find(fn.decl.body(), v -> {
        try {
          ExprCompiler exprs = new ExprCompiler(this, u, null);
          Type t = new Initializers(exprs).sized(exprs.resolve(v.type(), null), v.init(), v.span());
          staticLocals.put(v, newGlobal(fn.name + "." + v.name(), u, v, t, true));
        } catch (CInputException e) {
          diagnostics.add(Diagnostic.error(v.span().file(), v.span().line(), e.getMessage()));
        }
      });
    }
  }

  GlobalSymbol global(Unit u, String name) {
    GlobalSymbol g = u.globals.get(name);
    return g != null ? g : globals.get(name);
  }

  FunctionSymbol function(Unit u, String name) {
    FunctionSymbol f = u.functions.get(name);
    return f != null ? f : functions.get(name);
  }

  /** A function with external linkage, by name. */
  public Optional<FunctionSymbol> function(String name) {
    return Optional.ofNullable(functions.get(name));
  }

  public Optional<FunctionSymbol> functionAt(long address) {
    // Function i is at TEXT_BASE + 16 i: found by arithmetic (a map of boxed addresses 16 apart hashed them into a
    // sixteenth of its buckets).
    long offset = address - AddressSpace.TEXT_BASE;
    return offset < 0 || (offset & 15) != 0 || offset / 16 >= allFunctions.size() ? Optional.empty()
        : Optional.of(allFunctions.get((int) (offset / 16)));
  }

  public List<FunctionSymbol> functions() {
    return Collections.unmodifiableList(allFunctions);
  }

  public List<GlobalSymbol> globals() {
    return Collections.unmodifiableList(allGlobals);
  }

  /** The type resolver of the unit that defines {@code path}, for reading structs by name. */
  public Optional<org.patchreview.c.TypeResolver> types(String path) {
    return units.stream().filter(u -> u.path.equals(path)).findFirst().map(u -> u.types);
  }

  /** A struct type as any unit defines it (units agree, since they share the headers). */
  public Optional<Type.Struct> struct(String tag) {
    // Asked for on every read of a member by name (the runner's, the namer's): the answer never changes, since each
    // unit's resolver makes a tag's struct once.
    Optional<Type.Struct> known = structs.get(tag);
    if (known == null) {
      known = findStruct(tag);
      structs.putIfAbsent(tag, known);
    }
    return known;
  }

  private final Map<String, Optional<Type.Struct>> structs = new java.util.concurrent.ConcurrentHashMap<>();

  private Optional<Type.Struct> findStruct(String tag) {
    for (Unit u : units) {
      synchronized (u) {   // the resolver is the one compiles use (see compiled)
        if (u.types.structDecl(tag).isPresent()) {
          return Optional.of(u.types.struct(tag, u.types.structDecl(tag).get().union()));
        }
      }
    }
    return Optional.empty();
  }

  /** The address of a string literal's bytes (NUL added), shared by equal literals. */
  synchronized long string(byte[] bytes) {
    ByteBuffer key = ByteBuffer.wrap(bytes);
    Long a = strings.get(key);
    if (a == null) {
      a = nextString;
      strings.put(key, a);
      byte[] data = java.util.Arrays.copyOf(bytes, bytes.length + 1);
      stringsByAddress.put(a, data);
      nextString = (nextString + bytes.length + 1 + 7) & ~7L;
    }
    return a;
  }

  private final java.util.TreeMap<Long, byte[]> stringsByAddress = new java.util.TreeMap<>();

  /**
   * A string literal that a function compiled after the image was made introduced, as a region to place in a run's
   * memory; null when no literal covers the address.
   */
  synchronized Placed lateString(long address) {
    Map.Entry<Long, byte[]> e = stringsByAddress.floorEntry(address);
    if (e == null || address >= e.getKey() + e.getValue().length) {
      return null;
    }
    return new Placed(e.getKey(), e.getValue().length, Region.Kind.STRING, null, Span.NONE, e.getValue());
  }

  // ------------------------------------------------------------------ compilation and image

  /**
   * Compiles the functions defined in the given files now and returns the problems found (a patched file must
   * compile, as the kernel build would insist, even where no scenario reaches it).
   */
  public List<Diagnostic> compileNow(java.util.function.Predicate<String> files) {
    List<Diagnostic> out = new ArrayList<>();
    for (FunctionSymbol fn : allFunctions) {
      if (fn.isDefined() && files.test(fn.file)) {
        out.addAll(compiled(fn).problems);
      }
    }
    return out;
  }

  /**
   * The function's compiled form, compiled on first use; problems become faults where the C is reached. Compiles lock
   * the function's unit, not the function: its type resolver is shared, and compiling sets which compiler types the
   * expressions in its constants ({@code typeof(*pos)} in {@code list_for_each_entry}), so two functions of one unit
   * compiled at once on two threads typed each other's names ("'iommu' is not declared", now and then, in the corpus).
   */
  CompiledFunction compiled(FunctionSymbol fn) {
    CompiledFunction c = fn.compiled;
    if (c != null) {
      return c;
    }
    synchronized (fn.unit) {
      if (fn.compiled == null) {
        List<CompileError> errors = new ArrayList<>();
        CompiledFunction made = StmtCompiler.compile(this, unitOf(fn), fn, errors);
        for (CompileError e : errors) {
          Span s = e.span() == null ? fn.decl.span() : e.span();
          made.problems.add(Diagnostic.error(s.file(), s.line(), s.column(), e.getMessage() + " (in " + fn.name
              + ")"));
        }
        fn.compiled = made;
      }
      return fn.compiled;
    }
  }

  private Unit unitOf(FunctionSymbol fn) {
    return fn.unit;
  }

  private void buildImage() {
    List<Map.Entry<GlobalSymbol, List<StmtNode>>> initialisers = new ArrayList<>();
    for (GlobalSymbol g : new ArrayList<>(allGlobals)) {
      if (g.decl.init() == null) {
        continue;
      }
      List<StmtNode> stores = new ArrayList<>();
      try {
        LvalueNode target = new Lvalues.Global(g.type, g.address,
            new org.patchreview.c.Expr.Ident(g.decl.span(), g.name));
        new Initializers(new ExprCompiler(this, g.unit, null)).emit(target, g.type, g.decl.init(), stores);
        initialisers.add(Map.entry(g, stores));
      } catch (CInputException e) {
        Span s = e.span() == null ? g.decl.span() : e.span();
        diagnostics.add(Diagnostic.error(s.file(), s.line(), "initialiser of " + g.name + ": " + e.getMessage()));
      }
    }
    // Every string literal has its address now: boot a machine on the zeroed image and run the initialisers.
    Machine boot = Machine.boot(this, new Image(placements(null)));
    for (Map.Entry<GlobalSymbol, List<StmtNode>> e : initialisers) {
      GlobalSymbol g = e.getKey();
      try {
        boot.runAll(e.getValue(), g.decl.span());
      } catch (Oops o) {
        diagnostics.add(Diagnostic.error(g.decl.span().file(), g.decl.span().line(), "initialiser of " + g.name
            + " faults: " + o.fault().summary()));
      }
    }
    image = new Image(placements(boot.memory()));
  }

  private List<Placed> placements(Memory booted) {
    List<Placed> out = new ArrayList<>();
    for (FunctionSymbol f : allFunctions) {
      out.add(new Placed(f.address, 1, Region.Kind.TEXT, f.name, f.decl == null ? Span.NONE : f.decl.span(), null));
    }
    for (GlobalSymbol g : allGlobals) {
      byte[] data = booted == null ? new byte[Math.max(g.type.size(), 1)]
          : booted.readBytes(g.address, Math.max(g.type.size(), 1), Site.at(g.decl.span(), g.name));
      out.add(new Placed(g.address, Math.max(g.type.size(), 1), Region.Kind.GLOBAL, g.name, g.decl.span(), data));
    }
    synchronized (this) {
      for (Map.Entry<ByteBuffer, Long> e : strings.entrySet()) {
        byte[] b = new byte[e.getKey().remaining() + 1];
        e.getKey().duplicate().get(b, 0, b.length - 1);
        out.add(new Placed(e.getValue(), b.length, Region.Kind.STRING, null, Span.NONE, b));
      }
    }
    return out;
  }

  Image image() {
    return image;
  }

  /** Globals placed in a linker section starting with {@code prefix}, with the section name. */
  public List<Map.Entry<GlobalSymbol, String>> globalsInSection(String prefix) {
    List<Map.Entry<GlobalSymbol, String>> out = new ArrayList<>();
    for (GlobalSymbol g : allGlobals) {
      g.decl.section().filter(s -> s.startsWith(prefix)).ifPresent(s -> out.add(Map.entry(g, s)));
    }
    return out;
  }
}
