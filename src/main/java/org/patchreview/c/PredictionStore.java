package org.patchreview.c;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNConfig;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ATNSimulator;
import org.antlr.v4.runtime.atn.ArrayPredictionContext;
import org.antlr.v4.runtime.atn.EmptyPredictionContext;
import org.antlr.v4.runtime.atn.PredictionContext;
import org.antlr.v4.runtime.atn.SemanticContext;
import org.antlr.v4.runtime.atn.SingletonPredictionContext;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;
import org.patchreview.grammar.KernelCParser;
import org.patchreview.memo.Lazy;

/**
 * The parser's prediction cache (ANTLR's DFA of each decision of the grammar), as parsing the bundled kernel's C
 * files as they are leaves it, made when review is built ({@link #write}) and read back before {@code review parse}
 * parses anything. In a cold JVM ANTLR otherwise builds those states by simulating the grammar's ATN, interpreted,
 * for every shape of declaration, statement and expression seen first; read back, a file whose shapes the bundled
 * kernel has already shown is predicted by following edges. The cache changes no parse: a DFA state stands for a set
 * of ATN configurations and predicts the same alternative however it was reached, which is why ANTLR shares it
 * between all parsers of a grammar. States are only added to decisions that no parse has touched yet in this JVM; a
 * store made from another grammar (its serialized ATN differs) is not read.
 */
public final class PredictionStore {
  static final String RESOURCE = "/parse-cache/predictions.bin";
  private static final int MAGIC = 0x52564431;   // "RVD1"
  /** Edge target standing for ANTLR's ERROR state (no alternative viable). */
  private static final int ERROR = -1;
  private static final Lazy<Integer> LOADED = Lazy.of("shipped prediction cache", PredictionStore::load);

  private PredictionStore() {}

  /** Reads the shipped states into the grammar's DFA, once per JVM; how many states were added. */
  static int ensureLoaded() {
    return LOADED.get();
  }

  /**
   * Starts reading the shipped states on a thread of its own, so that it overlaps finding, reading and lexing the
   * files; the lexer's tables (built from the grammar's lexer, whose ATN is deserialized first) are made there first.
   */
  public static void preload() {
    Thread t = new Thread(() -> {
      FastLexer.lex("<start>", "");
      ensureLoaded();
    }, "review-predictions");
    t.setDaemon(true);
    t.start();
  }

  static DFA[] dfas() {
    return new KernelCParser(null).getInterpreter().decisionToDFA;
  }

  /** A fingerprint of the grammar the states belong to: they name ATN states and alternatives by number. */
  private static int grammar() {
    return KernelCParser._serializedATN.hashCode();
  }

  private static int load() {
    byte[] bytes;
    try (InputStream in = PredictionStore.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return 0;
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      return 0;
    }
    try {
      return read(new Reader(bytes), dfas());
    } catch (RuntimeException e) {
      // A store this build of review cannot read (written otherwise, cut short): predict from the grammar instead.
      // States already added are sound, being whole states of this grammar.
      return 0;
    }
  }

  static int read(Reader in, DFA[] dfas) {
    if (in.fixed() != MAGIC || in.fixed() != grammar()) {
      return 0;
    }
    ATN atn = KernelCParser._ATN;
    PredictionContext[] contexts = new PredictionContext[in.next()];
    for (int i = 0; i < contexts.length; i++) {
      int kind = in.next();
      if (kind == 0) {
        contexts[i] = EmptyPredictionContext.Instance;
      } else if (kind == 1) {
        PredictionContext parent = contexts[in.next()];
        contexts[i] = SingletonPredictionContext.create(parent, in.next());
      } else {
        int n = in.next();
        PredictionContext[] parents = new PredictionContext[n];
        int[] returns = new int[n];
        for (int k = 0; k < n; k++) {
          int p = in.next();
          parents[k] = p == 0 ? null : contexts[p - 1];
          returns[k] = in.next();
        }
        contexts[i] = new ArrayPredictionContext(parents, returns);
      }
    }
    SemanticContext[] semantics = new SemanticContext[in.next()];
    for (int i = 0; i < semantics.length; i++) {
      int kind = in.next();
      semantics[i] = kind == 0 ? SemanticContext.Empty.Instance
          : kind == 1 ? new SemanticContext.PrecedencePredicate(in.next())
          : new SemanticContext.Predicate(in.next(), in.next(), in.next() == 1);
    }
    int added = 0;
    int decisions = in.next();
    for (int d = 0; d < decisions; d++) {
      int decision = in.next();
      int count = in.next();
      DFA dfa = dfas[decision];
      boolean untouched = dfa.states.isEmpty()
          && (dfa.isPrecedenceDfa() ? dfa.s0.edges.length == 0 : dfa.s0 == null);
      DFAState[] states = new DFAState[count];
      for (int s = 0; s < count; s++) {
        states[s] = state(in, atn, contexts, semantics);
      }
      int edgeWidth = atn.maxTokenType + 1 + 1;
      for (DFAState s : states) {
        int edges = in.next();
        if (edges > 0) {
          s.edges = new DFAState[edgeWidth];
          for (int e = 0; e < edges; e++) {
            int symbol = in.next();
            int target = in.next() - 1;
            s.edges[symbol] = target == ERROR ? ATNSimulator.ERROR : states[target];
          }
        }
      }
      int starts = in.next();
      int[] start = new int[2 * starts];
      for (int k = 0; k < start.length; k++) {
        start[k] = in.next();
      }
      if (!untouched) {
        continue;
      }
      // Hashed here, not stored: a configuration's hash takes in the identity hash of ANTLR's empty semantic
      // context, which differs from one JVM to the next.
      synchronized (dfa.states) {
        for (DFAState s : states) {
          s.stateNumber = dfa.states.size();
          dfa.states.put(s, s);
        }
      }
      // The start states last: a parser on another thread finds either none (and computes its own) or the whole.
      for (int k = 0; k < start.length; k += 2) {
        if (dfa.isPrecedenceDfa()) {
          dfa.setPrecedenceStartState(start[k], states[start[k + 1]]);
        } else {
          dfa.s0 = states[start[k + 1]];
        }
      }
      added += count;
    }
    return added;
  }

  private static DFAState state(Reader in, ATN atn, PredictionContext[] contexts, SemanticContext[] semantics) {
    int flags = in.next();
    StoredConfigs configs = new StoredConfigs((flags & 8) != 0 ? bits(in) : null);
    configs.uniqueAlt = in.next();
    configs.hasSemanticContext = (flags & 16) != 0;
    configs.dipsIntoOuterContext = (flags & 32) != 0;
    int n = in.next();
    configs.configs.ensureCapacity(n);
    for (int c = 0; c < n; c++) {
      ATNConfig config = new ATNConfig(atn.states.get(in.next()), in.next(), contexts[in.next()],
          semantics[in.next()]);
      config.reachesIntoOuterContext = in.next();
      // Straight into the list: the stored set is already what add() made of it, and add() would hash each again.
      configs.configs.add(config);
    }
    configs.setReadonly(true);
    DFAState s = new DFAState(configs);
    s.isAcceptState = (flags & 1) != 0;
    s.requiresFullContext = (flags & 2) != 0;
    s.prediction = in.next();
    if ((flags & 4) != 0) {
      s.predicates = new DFAState.PredPrediction[in.next()];
      for (int p = 0; p < s.predicates.length; p++) {
        s.predicates[p] = new DFAState.PredPrediction(semantics[in.next()], in.next());
      }
    }
    return s;
  }

  private static BitSet bits(Reader in) {
    BitSet b = new BitSet();
    for (int n = in.next(), k = 0; k < n; k++) {
      b.set(in.next());
    }
    return b;
  }

  /** A configuration set read back: its conflicting alternatives are set here (ANTLR keeps the field protected). */
  private static final class StoredConfigs extends ATNConfigSet {
    StoredConfigs(BitSet conflicting) {
      super(false);
      this.conflictingAlts = conflicting;
    }

    @Override
    public boolean equals(Object o) {
      return super.equals(o);
    }

    @Override
    public int hashCode() {
      return super.hashCode();
    }
  }

  /**
   * Makes the store under the classes folder {@code classes}: the grammar's DFA emptied, the C files of {@code tree}
   * parsed as they are (without a config, in path order, on this thread, so that the store is the same every build),
   * and the states written. How many states were written.
   */
  public static int train(org.patchreview.tree.SourceTree tree, Path classes) throws IOException {
    Path file = classes.resolve(RESOURCE.substring(1));
    // Not the store of the previous build: SourceParser would read it back into the DFA before training.
    Files.deleteIfExists(file);
    new KernelCParser(null).getInterpreter().clearDFA();
    for (String path : tree.paths()) {
      if (path.endsWith(".c")) {
        SourceParser.parse(path, tree.readString(path).orElseThrow(), null);
      }
    }
    return write(file);
  }

  /**
   * Writes the states of the grammar's DFA as parsing left them in this JVM to {@code file}; decisions holding
   * something the store cannot say (a predicate combination) are left out. How many states were written.
   */
  static int write(Path file) throws IOException {
    DFA[] dfas = dfas();
    Writer body = new Writer();
    Map<PredictionContext, Integer> contexts = new IdentityHashMap<>();
    List<PredictionContext> contextOrder = new ArrayList<>();
    Map<SemanticContext, Integer> semantics = new HashMap<>();
    List<SemanticContext> semanticOrder = new ArrayList<>();
    List<DFA> kept = new ArrayList<>();
    for (DFA dfa : dfas) {
      if (!dfa.states.isEmpty() && storable(dfa)) {
        kept.add(dfa);
      }
    }
    body.next(kept.size());
    int written = 0;
    for (DFA dfa : kept) {
      List<DFAState> states = new ArrayList<>(dfa.states.keySet());
      states.sort(Comparator.comparingInt(s -> s.stateNumber));
      Map<DFAState, Integer> index = new IdentityHashMap<>();
      for (DFAState s : states) {
        index.put(s, index.size());
      }
      body.next(dfa.decision);
      body.next(states.size());
      for (DFAState s : states) {
        writeState(body, s, contexts, contextOrder, semantics, semanticOrder);
      }
      for (DFAState s : states) {
        List<int[]> edges = new ArrayList<>();
        for (int symbol = 0; s.edges != null && symbol < s.edges.length; symbol++) {
          DFAState t = s.edges[symbol];
          Integer target = t == ATNSimulator.ERROR ? Integer.valueOf(ERROR) : t == null ? null : index.get(t);
          if (target != null) {
            edges.add(new int[] {symbol, target + 1});
          }
        }
        body.next(edges.size());
        edges.forEach(e -> {
          body.next(e[0]);
          body.next(e[1]);
        });
      }
      List<int[]> starts = new ArrayList<>();
      if (dfa.isPrecedenceDfa()) {
        for (int p = 0; p < dfa.s0.edges.length; p++) {
          if (dfa.s0.edges[p] != null && index.containsKey(dfa.s0.edges[p])) {
            starts.add(new int[] {p, index.get(dfa.s0.edges[p])});
          }
        }
      } else if (dfa.s0 != null && index.containsKey(dfa.s0)) {
        starts.add(new int[] {0, index.get(dfa.s0)});
      }
      body.next(starts.size());
      starts.forEach(s -> {
        body.next(s[0]);
        body.next(s[1]);
      });
      written += states.size();
    }
    Writer head = new Writer();
    head.fixed(MAGIC);
    head.fixed(grammar());
    head.next(contextOrder.size());
    for (PredictionContext c : contextOrder) {
      if (c == EmptyPredictionContext.Instance) {
        head.next(0);
      } else if (c instanceof SingletonPredictionContext s) {
        head.next(1);
        head.next(contexts.get(s.parent));
        head.next(s.returnState);
      } else {
        ArrayPredictionContext a = (ArrayPredictionContext) c;
        head.next(2);
        head.next(a.parents.length);
        for (int k = 0; k < a.parents.length; k++) {
          head.next(a.parents[k] == null ? 0 : contexts.get(a.parents[k]) + 1);
          head.next(a.returnStates[k]);
        }
      }
    }
    head.next(semanticOrder.size());
    for (SemanticContext s : semanticOrder) {
      if (s == SemanticContext.Empty.Instance) {
        head.next(0);
      } else if (s instanceof SemanticContext.PrecedencePredicate p) {
        head.next(1);
        head.next(p.precedence);
      } else {
        SemanticContext.Predicate p = (SemanticContext.Predicate) s;
        head.next(2);
        head.next(p.ruleIndex);
        head.next(p.predIndex);
        head.next(p.isCtxDependent ? 1 : 0);
      }
    }
    Files.createDirectories(file.getParent());
    try (var out = Files.newOutputStream(file)) {
      head.bytes.writeTo(out);
      body.bytes.writeTo(out);
    }
    return written;
  }

  private static void writeState(Writer out, DFAState s, Map<PredictionContext, Integer> contexts,
      List<PredictionContext> contextOrder, Map<SemanticContext, Integer> semantics,
      List<SemanticContext> semanticOrder) {
    ATNConfigSet configs = s.configs;
    BitSet conflicting = conflictingAlts(configs);
    out.next((s.isAcceptState ? 1 : 0) | (s.requiresFullContext ? 2 : 0) | (s.predicates != null ? 4 : 0)
        | (conflicting != null ? 8 : 0) | (configs.hasSemanticContext ? 16 : 0)
        | (configs.dipsIntoOuterContext ? 32 : 0));
    if (conflicting != null) {
      out.next(conflicting.cardinality());
      conflicting.stream().forEach(out::next);
    }
    out.next(configs.uniqueAlt);
    out.next(configs.size());
    for (ATNConfig c : configs.configs) {
      out.next(c.state.stateNumber);
      out.next(c.alt);
      out.next(context(c.context, contexts, contextOrder));
      out.next(semantic(c.semanticContext, semantics, semanticOrder));
      out.next(c.reachesIntoOuterContext);
    }
    out.next(s.prediction);
    if (s.predicates != null) {
      out.next(s.predicates.length);
      for (DFAState.PredPrediction p : s.predicates) {
        out.next(semantic(p.pred, semantics, semanticOrder));
        out.next(p.alt);
      }
    }
  }

  /** The set's conflicting alternatives, which ANTLR keeps protected (read when the store is written only). */
  private static BitSet conflictingAlts(ATNConfigSet configs) {
    try {
      java.lang.reflect.Field f = ATNConfigSet.class.getDeclaredField("conflictingAlts");
      f.setAccessible(true);
      return (BitSet) f.get(configs);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this ANTLR runtime keeps no conflictingAlts in ATNConfigSet", e);
    }
  }

  /** The index of {@code c} in the context table, its parents listed before it. */
  private static int context(PredictionContext c, Map<PredictionContext, Integer> index, List<PredictionContext> order) {
    Integer known = index.get(c);
    if (known != null) {
      return known;
    }
    if (c instanceof SingletonPredictionContext s && c != EmptyPredictionContext.Instance) {
      context(s.parent, index, order);
    } else if (c instanceof ArrayPredictionContext a) {
      for (PredictionContext p : a.parents) {
        if (p != null) {
          context(p, index, order);
        }
      }
    }
    index.put(c, order.size());
    order.add(c);
    return order.size() - 1;
  }

  private static int semantic(SemanticContext s, Map<SemanticContext, Integer> index, List<SemanticContext> order) {
    return index.computeIfAbsent(s, k -> {
      order.add(k);
      return order.size() - 1;
    });
  }

  /** Whether every semantic context the decision's states hold is one the store can write. */
  private static boolean storable(DFA dfa) {
    for (DFAState s : dfa.states.keySet()) {
      for (ATNConfig c : s.configs.configs) {
        if (!simple(c.semanticContext)) {
          return false;
        }
      }
      if (s.predicates != null) {
        for (DFAState.PredPrediction p : s.predicates) {
          if (!simple(p.pred)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static boolean simple(SemanticContext s) {
    return s == SemanticContext.Empty.Instance || s instanceof SemanticContext.PrecedencePredicate
        || s instanceof SemanticContext.Predicate;
  }

  /** Unsigned variable-length integers (7 bits a byte) and fixed 32-bit ones, big-endian. */
  static final class Writer {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);

    void next(int v) {
      while ((v & ~0x7f) != 0) {
        bytes.write((v & 0x7f) | 0x80);
        v >>>= 7;
      }
      bytes.write(v);
    }

    void fixed(int v) {
      bytes.write(v >>> 24);
      bytes.write(v >>> 16);
      bytes.write(v >>> 8);
      bytes.write(v);
    }
  }

  /** Reads what {@link Writer} wrote. */
  static final class Reader {
    private final byte[] bytes;
    private int at;

    Reader(byte[] bytes) {
      this.bytes = bytes;
    }

    int next() {
      int v = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = bytes[at++];
        v |= (b & 0x7f) << shift;
        if (b >= 0) {
          return v;
        }
      }
    }

    int fixed() {
      int v = (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
          | bytes[at + 3] & 0xff;
      at += 4;
      return v;
    }
  }
}
