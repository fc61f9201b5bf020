package org.patchreview.c;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patchreview.memo.Memos;
import org.patchreview.tree.SourceTree;

/**
 * Preprocessed units kept for the JVM's life, reused like ccache's direct mode: a unit is valid for a tree when every
 * file it read holds the same bytes there and no include it failed to find has appeared. The states of a history, and
 * the trees before and after a patch, share almost every file, so most units of a later build come from here.
 */
final class PreprocessCache implements Memos.Forgettable {
  static final PreprocessCache SHARED = Memos.register(new PreprocessCache(512));

  /**
   * A unit under a config. Hashed by the config's name and the path only: a config's own hash walks all its symbols,
   * on every lookup; equal configs have equal names, and the same config object is compared by identity first.
   */
  private record Key(Config config, String path) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && path.equals(k.path) && (config == k.config || config.equals(k.config));
    }

    @Override
    public int hashCode() {
      return path.hashCode() * 31 + config.name().hashCode();
    }
  }

  /**
   * One preprocessing of a unit, with the tree it was made from (whose files it read) and the includes it looked for
   * in vain. Files are compared with that tree's, which trees made from one another share, so an unchanged header is
   * told the same by identity rather than byte by byte.
   */
  private record Entry(PreprocessResult result, SourceTree from, Set<String> read, Set<String> absent) {
    boolean validFor(SourceTree tree) {
      return tree.readsAs(from, read, absent);
    }
  }

  private final int capacity;
  private final LinkedHashMap<Key, List<Entry>> entries = new LinkedHashMap<>(64, 0.75f, true);
  private int size;

  @Override
  public String name() {
    return "preprocessed units";
  }

  @Override
  public synchronized int size() {
    return size;
  }

  /** Forgets every unit (benchmarks measure builds without the cache's help). */
  @Override
  public synchronized void forget() {
    entries.clear();
    size = 0;
  }

  PreprocessCache(int capacity) {
    this.capacity = capacity;
  }

  /** A unit preprocessed before whose inputs {@code tree} still holds, or null. */
  synchronized PreprocessResult lookup(SourceTree tree, Config config, String path) {
    List<Entry> list = entries.get(new Key(config, path));
    if (list != null) {
      for (Entry e : list) {
        if (e.validFor(tree)) {
          return e.result();
        }
      }
    }
    return null;
  }

  synchronized void store(SourceTree tree, Config config, PreprocessResult result) {
    if (!tree.contains(result.path())) {
      return;
    }
    Set<String> read = new java.util.HashSet<>(result.files());
    read.add(result.path());
    entries.computeIfAbsent(new Key(config, result.path()), k -> new ArrayList<>())
        .add(new Entry(result, tree, Set.copyOf(read), result.absent()));
    size++;
    while (size > capacity) {
      Map.Entry<Key, List<Entry>> eldest = entries.entrySet().iterator().next();
      size -= eldest.getValue().size();
      entries.remove(eldest.getKey());
    }
  }
}
