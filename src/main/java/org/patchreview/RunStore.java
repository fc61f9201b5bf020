package org.patchreview;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.patchreview.c.Config;
import org.patchreview.c.Span;
import org.patchreview.interp.BuiltKernel;
import org.patchreview.interp.Program;
import org.patchreview.memo.Lazy;
import org.patchreview.memo.Memo;
import org.patchreview.scenario.Matrix;
import org.patchreview.tree.SourceTree;
import org.patchreview.observe.Trace;
import org.patchreview.observe.TraceCodec;

/**
 * The runs of every bundled state on the bundled matrix, made when review was built: each chain's traces (without the
 * statements they executed) and the statements it entered. A review of a patch to a bundled state takes its runs
 * before from here instead of running them; with what they entered it can prove, without running either side, that a
 * patch which changes only statements no run entered changes no run ({@code diff.ChangedCode}).
 *
 * <p>One part per state ({@value #FOLDER}DIGEST.bin, the state's tree digest), read whole on first use: a review
 * reads one. What each chain executed, statement by statement, is kept apart ({@value #FOLDER}DIGEST/KEY.log, its
 * statements numbered in DIGEST/statements) and read only for a chain whose runs differ: it says where they part. A part is the places its chains entered, each once, then per chain its key (the digest of what the run
 * depends on besides the tree), its traces ({@link TraceCodec}) and a bit set over those places. A key that is not
 * there (another matrix, budget or corpus) is run.
 */
public final class RunStore {
  /** The folder of the parts, among the classes. */
  public static final String FOLDER = "run-store/";

  /** A state's chains by key, read once per JVM; an empty map for a state the build did not store. */
  private static final Memo<String, Map<String, MatrixRun.Chain>> PARTS = Memo.lru("stored runs", 8);

  private RunStore() {}

  /** The stored runs of a chain, by the digest of its state's tree and its key. */
  static Optional<MatrixRun.Chain> find(String treeDigest, String key) {
    if (kept != null) {
      return Optional.empty();   // the build stores what it runs, never what an earlier build stored
    }
    return Optional.ofNullable(PARTS.computeIfAbsent(treeDigest, RunStore::read).get(key));
  }

  /**
   * The stored runs of a chain with the statements they executed ({@value #FOLDER}DIGEST/KEY.log, read only when
   * asked: a review wants them for the chains that differ, to say where the runs part).
   */
  static Optional<MatrixRun.Chain> findRecorded(String treeDigest, String key) {
    MatrixRun.Chain plain = find(treeDigest, key).orElse(null);
    TraceCodec.SiteTable sites = plain == null ? null : SITES.computeIfAbsent(treeDigest, RunStore::sites).orElse(null);
    byte[] log = sites == null ? null : resource(treeDigest + "/" + key + LOG);
    if (log == null) {
      return Optional.empty();
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(log))) {
      return Optional.of(new MatrixRun.Chain(new TraceCodec.Reader(in).executions(plain.traces(), sites),
          plain.covered()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();   // as for a part: run the chain instead
    }
  }

  /** A state's statements, which its chains' logs number; empty when the build stored none. */
  private static Optional<TraceCodec.SiteTable> sites(String treeDigest) {
    byte[] table = resource(treeDigest + "/" + SITES_FILE);
    if (table == null) {
      return Optional.empty();
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(table))) {
      return Optional.of(new TraceCodec.Reader(in).sites());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A file of the store, whole; null when there is none or it does not read. */
  private static byte[] resource(String name) {
    try (InputStream raw = RunStore.class.getResourceAsStream("/" + FOLDER + name)) {
      return raw == null ? null : raw.readAllBytes();
    } catch (IOException e) {
      return null;
    }
  }

  /** A state's statements by its tree digest. */
  private static final Memo<String, Optional<TraceCodec.SiteTable>> SITES = Memo.lru("stored statements", 8);

  private static final String SITES_FILE = "statements";
  private static final String LOG = ".log";

  private static Map<String, MatrixRun.Chain> read(String treeDigest) {
    InputStream raw = RunStore.class.getResourceAsStream("/" + FOLDER + treeDigest + ".bin");
    if (raw == null) {
      return Map.of();
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      TraceCodec.Reader reader = new TraceCodec.Reader(in);
      Span[] places = new Span[in.readInt()];
      for (int i = 0; i < places.length; i++) {
        places[i] = reader.place();
      }
      Map<Span, Integer> index = new HashMap<>(places.length * 2);
      for (int i = 0; i < places.length; i++) {
        index.put(places[i], i);
      }
      int chains = in.readInt();
      Map<String, MatrixRun.Chain> out = new HashMap<>(chains * 2);
      for (int c = 0; c < chains; c++) {
        String key = in.readUTF();
        List<Trace> traces = reader.traces();
        out.put(key, new MatrixRun.Chain(traces, new Covered(places, index, BitSet.valueOf(reader.bytes()))));
      }
      return out;
    } catch (IOException | RuntimeException e) {
      // A store that does not read is a build problem, not the user's: run the chains instead.
      return Map.of();
    }
  }

  /**
   * Whether the build of review linked {@code config}'s build of the state with this tree digest and compiled every
   * function of it without a problem ({@value #CLEAN}); never while the build itself is keeping runs.
   */
  static boolean builtClean(String treeDigest, Config config) {
    return kept == null && CLEAN_BUILDS.get().contains(treeDigest + " " + configKey(config));
  }

  private static final String CLEAN = "clean-builds.txt";

  private static final Lazy<Set<String>> CLEAN_BUILDS = Lazy.of("builds known clean", () -> {
    InputStream in = RunStore.class.getResourceAsStream("/" + FOLDER + CLEAN);
    if (in == null) {
      return Set.of();
    }
    try (in) {
      return Set.copyOf(java.util.Arrays.asList(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .split("\n")));
    } catch (IOException e) {
      return Set.of();
    }
  });

  /** A config by content: its name and every symbol. */
  private static String configKey(Config config) {
    StringBuilder t = new StringBuilder(config.name()).append('\n');
    new TreeMap<>(config.symbols()).forEach((k, v) -> t.append(k).append('=').append(v).append('\n'));
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(t.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Builds every state under every config, and writes under {@code classes} which of them link and compile every
   * function without a problem (reviews link those only when a run asks); how many. After the history's replay, which
   * built them all already.
   */
  public static int writeClean(java.util.Collection<SourceTree> states, List<Matrix.ConfigEntry> configs,
      Path classes) {
    java.util.TreeSet<String> clean = new java.util.TreeSet<>();
    for (SourceTree state : states) {
      for (Matrix.ConfigEntry c : configs) {
        BuiltKernel k = Builds.of(state, c, new Timings(), "bundled").join();
        Program p = k.program();
        if (p != null && p.diagnostics().isEmpty() && p.compileNow(f -> true).isEmpty()) {
          clean.add(state.digest() + " " + configKey(c.config()));
        }
      }
    }
    try {
      Files.createDirectories(classes.resolve(FOLDER));
      Files.writeString(classes.resolve(FOLDER + CLEAN), String.join("\n", clean));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return clean.size();
  }

  /**
   * The places a stored chain entered: a bit per place of its part, which its chains share with one index (a set of
   * places per chain took a tenth of reading a part).
   */
  private static final class Covered extends java.util.AbstractSet<Span> {
    private final Span[] places;
    private final Map<Span, Integer> index;
    private final BitSet bits;

    Covered(Span[] places, Map<Span, Integer> index, BitSet bits) {
      this.places = places;
      this.index = index;
      this.bits = bits;
    }

    @Override
    public boolean contains(Object o) {
      Integer i = index.get(o);
      return i != null && bits.get(i);
    }

    @Override
    public int size() {
      return bits.cardinality();
    }

    @Override
    public java.util.Iterator<Span> iterator() {
      return bits.stream().mapToObj(i -> places[i]).iterator();
    }
  }

  /** Writes the chains kept since {@link #keep} under {@code classes}; how many. */
  public static int writeKept(Path classes) {
    Map<String, Map<String, MatrixRun.Chain>> runs = kept;
    if (runs == null) {
      throw new IllegalStateException("no runs were kept");
    }
    kept = null;
    return write(runs, classes);
  }

  /** Writes the chains in {@code runs} (by state tree digest, then key) under {@code classes}; how many. */
  static int write(Map<String, Map<String, MatrixRun.Chain>> runs, Path classes) {
    Path folder = classes.resolve(FOLDER);
    int n = 0;
    try {
      Files.createDirectories(folder);
      try (var old = Files.walk(folder)) {
        for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
          if (!p.equals(folder)) {
            Files.delete(p);
          }
        }
      }
      for (Map.Entry<String, Map<String, MatrixRun.Chain>> state : new TreeMap<>(runs).entrySet()) {
        Map<Span, Integer> index = new LinkedHashMap<>();
        Map<String, BitSet> covered = new TreeMap<>();
        for (Map.Entry<String, MatrixRun.Chain> c : state.getValue().entrySet()) {
          BitSet bits = new BitSet();
          c.getValue().covered().stream().sorted(PLACE_ORDER)
              .forEach(p -> bits.set(index.computeIfAbsent(p, k -> index.size())));
          covered.put(c.getKey(), bits);
        }
        try (OutputStream o = Files.newOutputStream(folder.resolve(state.getKey() + ".bin"));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(o, 1 << 16))) {
          TraceCodec.Writer writer = new TraceCodec.Writer(out);
          out.writeInt(index.size());
          for (Span p : index.keySet()) {
            writer.place(p);
          }
          out.writeInt(covered.size());
          for (Map.Entry<String, BitSet> c : covered.entrySet()) {
            out.writeUTF(c.getKey());
            writer.traces(state.getValue().get(c.getKey()).withoutExecution().traces());
            writer.bytes(c.getValue().toByteArray());
            n++;
          }
        }
        // What each chain executed, the state's statements numbered once for all its chains.
        Path dir = Files.createDirectories(folder.resolve(state.getKey()));
        TraceCodec.Sites sites = new TraceCodec.Sites();
        for (Map.Entry<String, MatrixRun.Chain> c : new TreeMap<>(state.getValue()).entrySet()) {
          writeFile(dir.resolve(c.getKey() + LOG), w -> w.executions(c.getValue().traces(), sites));
        }
        writeFile(dir.resolve(SITES_FILE), w -> w.sites(sites));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }

  private interface Writing {
    void write(TraceCodec.Writer writer) throws IOException;
  }

  private static void writeFile(Path file, Writing writing) throws IOException {
    try (OutputStream o = Files.newOutputStream(file);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(o, 1 << 16))) {
      writing.write(new TraceCodec.Writer(out));
    }
  }

  private static final java.util.Comparator<Span> PLACE_ORDER = java.util.Comparator.comparing(Span::file)
      .thenComparingInt(Span::line).thenComparingInt(Span::column);

  /** Chains run while {@link #keep} is on, by state and key: what the build stores. */
  private static volatile Map<String, Map<String, MatrixRun.Chain>> kept;

  /**
   * From now on, every chain run records its statements and is kept for {@link #writeKept} (the build, before it
   * replays the history).
   */
  public static void keep() {
    kept = new ConcurrentHashMap<>();
  }

  /** Whether chains are being kept: then every chain records the statements it runs. */
  static boolean keeping() {
    return kept != null;
  }

  /** A chain just run, kept when the build asked (it must have recorded its statements). */
  static void ran(String treeDigest, String key, MatrixRun.Chain chain) {
    Map<String, Map<String, MatrixRun.Chain>> k = kept;
    if (k != null) {
      k.computeIfAbsent(treeDigest, d -> new ConcurrentHashMap<>()).put(key, chain);
    }
  }
}
