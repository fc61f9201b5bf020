package org.patchreview.c;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patchreview.memo.Lazy;
import org.patchreview.tree.SourceTree;

/**
 * Whole builds of the bundled states, made when review is built ({@link SegmentStoreBuilder}) and shipped in the jar:
 * for a tree (by its content digest) under a config (by its name and every symbol), each unit's path, the files it
 * read, the includes it looked for in vain, and the segments of the parse store ({@link SegmentStore}) its
 * declarations are, in order. A build of a bundled state reads its units back from here instead of preprocessing
 * every source and hashing every token to find the stored parses; what each unit read lets the build after a patch
 * take every unit the patch does not reach ({@link KernelBuild#build(SourceTree, Config, KernelBuild.Result,
 * SourceTree)}). Only builds whose every unit preprocessed and parsed without a problem are stored.
 */
public final class UnitStore {
  private static final String RESOURCE = "/parse-cache/units.bin";
  private static final int MAGIC = 0x52565531;   // "RVU1"
  private static final Lazy<Map<String, List<Stored>>> STORE = Lazy.of("shipped unit store", UnitStore::load);

  /** One stored build: the config it was made under and its units. */
  record Stored(String config, Map<String, String> symbols, List<Unit> units) {}

  /** One stored unit: its path, what it read and missed, and the digests of its segments. */
  record Unit(String path, Set<String> reads, Set<String> absent, List<String> segments) {}

  private UnitStore() {}

  /** The build of {@code tree} under {@code config} as stored, or null when the store does not hold it. */
  static KernelBuild.Result lookup(SourceTree tree, Config config) {
    Map<String, List<Stored>> store = STORE.get();
    if (store.isEmpty()) {
      return null;
    }
    List<Stored> candidates = store.get(tree.digest());
    if (candidates == null) {
      return null;
    }
    for (Stored s : candidates) {
      if (s.config().equals(config.name()) && s.symbols().equals(config.symbols())) {
        return read(s);
      }
    }
    return null;
  }

  private static KernelBuild.Result read(Stored s) {
    List<KernelBuild.BuiltUnit> built = new ArrayList<>();
    for (Unit u : s.units()) {
      List<Decl> decls = new ArrayList<>();
      for (String digest : u.segments()) {
        List<Decl> parsed = SegmentStore.byDigest(digest);
        if (parsed == null) {
          return null;   // a store from another build: build as usual
        }
        decls.addAll(parsed);
      }
      built.add(new KernelBuild.BuiltUnit(new TranslationUnit(u.path(), List.copyOf(decls)), u.reads(), u.absent(),
          List.of()));
    }
    return KernelBuild.result(built, List.of());
  }

  private static Map<String, List<Stored>> load() {
    try (InputStream raw = UnitStore.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        return Map.of();
      }
      DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
      if (in.readInt() != MAGIC) {
        return Map.of();
      }
      String[] strings = new String[var(in)];
      for (int i = 0; i < strings.length; i++) {
        strings[i] = in.readUTF();
      }
      Map<String, List<Stored>> out = new HashMap<>();
      int builds = var(in);
      for (int b = 0; b < builds; b++) {
        String digest = strings[var(in)];
        String config = strings[var(in)];
        Map<String, String> symbols = new LinkedHashMap<>();
        for (int i = var(in); i > 0; i--) {
          symbols.put(strings[var(in)], strings[var(in)]);
        }
        List<Unit> units = new ArrayList<>();
        for (int u = var(in); u > 0; u--) {
          String path = strings[var(in)];
          units.add(new Unit(path, Set.copyOf(list(in, strings)), Set.copyOf(list(in, strings)), list(in, strings)));
        }
        out.computeIfAbsent(digest, k -> new ArrayList<>()).add(new Stored(config, Map.copyOf(symbols),
            List.copyOf(units)));
      }
      return out;
    } catch (IOException | RuntimeException e) {
      // A store written otherwise (another build of review): build as usual.
      return Map.of();
    }
  }

  private static List<String> list(DataInputStream in, String[] strings) throws IOException {
    int n = var(in);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(strings[var(in)]);
    }
    return List.copyOf(out);
  }

  /** Writes the builds (tree digest to its stored builds) where {@link #load} reads them, below {@code classes}. */
  static void write(Map<String, List<Stored>> builds, Path classes) throws IOException {
    Map<String, Integer> table = new LinkedHashMap<>();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    DataOutputStream o = new DataOutputStream(body);
    var(o, builds.values().stream().mapToInt(List::size).sum());
    for (Map.Entry<String, List<Stored>> e : new java.util.TreeMap<>(builds).entrySet()) {
      for (Stored s : e.getValue()) {
        var(o, index(table, e.getKey()));
        var(o, index(table, s.config()));
        var(o, s.symbols().size());
        for (Map.Entry<String, String> sym : s.symbols().entrySet()) {
          var(o, index(table, sym.getKey()));
          var(o, index(table, sym.getValue()));
        }
        var(o, s.units().size());
        for (Unit u : s.units()) {
          var(o, index(table, u.path()));
          writeList(o, table, new java.util.TreeSet<>(u.reads()));
          writeList(o, table, new java.util.TreeSet<>(u.absent()));
          writeList(o, table, u.segments());
        }
      }
    }
    o.flush();
    Path out = classes.resolve(RESOURCE.substring(1));
    Files.createDirectories(out.getParent());
    try (DataOutputStream file = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(out), 1 << 16))) {
      file.writeInt(MAGIC);
      var(file, table.size());
      for (String s : table.keySet()) {
        file.writeUTF(s);
      }
      body.writeTo(file);
    }
  }

  private static int index(Map<String, Integer> table, String s) {
    return table.computeIfAbsent(s, k -> table.size());
  }

  private static void writeList(DataOutputStream o, Map<String, Integer> table, java.util.Collection<String> items)
      throws IOException {
    var(o, items.size());
    for (String s : items) {
      var(o, index(table, s));
    }
  }

  /** A table index or count ({@link Varint}): most are below 128 or 16384, one or two bytes. */
  private static void var(DataOutputStream o, int v) throws IOException {
    Varint.write(o, v);
  }

  private static int var(DataInputStream in) throws IOException {
    return Varint.read(in);
  }

  /** A unit as the store keeps it. */
  static Unit unit(String path, Set<String> reads, Set<String> absent, List<String> segments) {
    return new Unit(path, new LinkedHashSet<>(reads), new LinkedHashSet<>(absent), segments);
  }
}
