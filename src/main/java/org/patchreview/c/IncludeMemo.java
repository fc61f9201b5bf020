package org.patchreview.c;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.patchreview.diag.Diagnostic;
import org.patchreview.memo.Memos;
import org.patchreview.tree.SourceTree;

/**
 * What one {@code #include} did, kept so that a later include of the same header in the same circumstances is replayed
 * rather than read again: a header patch makes every unit that includes it preprocess anew, and without this each of
 * them lexed and expanded every other header it includes too.
 *
 * <p>An include's circumstances are everything its outcome was read from, recorded as it ran: the files it read and
 * the include paths it looked for in vain (compared with the new tree's, by content), every macro name it looked up
 * before defining it itself, with the definition it found or its absence, and every {@code IS_ENABLED} it asked. Its
 * outcome is what it did: the tokens it emitted and the writer switches between files, in order, its diagnostics, the
 * files it read, the macros it left defined or undefined, and what it counted against the unit's budgets. An include
 * whose run passed the unit's budgets (its tokens, its macros' substitutions) or reached the include depth limit is
 * not kept, and a replay that would pass a budget or the limit is not made. An include's {@code #else}, {@code #elif}
 * and {@code #endif} act only on what it opened itself ({@link Conditionals#beginFile}), so the conditionals open
 * around it are not among its circumstances.
 */
final class IncludeMemo implements Memos.Forgettable {
  static final IncludeMemo SHARED = Memos.register(new IncludeMemo());

  /** Kept outcomes per header: a header read under more circumstances than this replaces its oldest. */
  private static final int VARIANTS = 8;

  private final Map<String, Entry[]> byPath = new ConcurrentHashMap<>();

  /** A switch of the segment writer to another file. */
  record Switch(String file) {}

  /** A file read, in the order the unit's file list has it. */
  record FileRead(String path) {}

  /** The value a macro lookup found absent (a map value cannot be null). */
  private static final Object ABSENT = new Object();
  /** A name the include defined or undefined before it looked it up: no circumstance. */
  private static final Object UNREAD = new Object();

  /** One include's circumstances and outcome. */
  static final class Entry {
    final SourceTree from;
    final String[] read;
    final String[] absent;
    final String[] macroNames;
    /** The definition each of {@link #macroNames} had, null for none. */
    final Macro[] macroValues;
    final Map<String, Boolean> config;
    /** The definitions it left, by name; null for a name it left undefined. */
    final Map<String, Macro> effects;
    /** In order: emitted token runs ({@code List<CToken>}), {@link Switch}, {@link Diagnostic}, {@link FileRead}, and
     * nested {@link Entry}s. */
    final List<Object> events;
    final long tokens;
    final boolean expanded;
    final long expandedBefore;
    final long expandedLast;
    final int depth;

    private Entry(Recording r, long tokens, boolean expanded, long expandedBefore, long expandedLast,
        Map<String, Macro> effects) {
      this.from = r.tree;
      this.read = r.read.toArray(String[]::new);
      this.absent = r.absent.toArray(String[]::new);
      List<String> names = new ArrayList<>();
      List<Macro> values = new ArrayList<>();
      r.names.forEach((name, value) -> {
        if (value != UNREAD) {
          names.add(name);
          values.add(value == ABSENT ? null : (Macro) value);
        }
      });
      this.macroNames = names.toArray(String[]::new);
      this.macroValues = values.toArray(Macro[]::new);
      this.config = Map.copyOf(r.config);
      this.effects = effects;
      this.events = List.copyOf(r.events);
      this.tokens = tokens;
      this.expanded = expanded;
      this.expandedBefore = expandedBefore;
      this.expandedLast = expandedLast;
      this.depth = r.maxDepth - r.baseDepth;
    }

    /** Whether {@code tree} has every file this read, with the same bytes, and none it looked for in vain. */
    boolean sameFiles(SourceTree tree) {
      return tree.readsAs(from, Arrays.asList(read), Arrays.asList(absent));
    }
  }

  /** An include being read: what it looks up, reads and does, until it ends and becomes an {@link Entry}. */
  static final class Recording {
    final Recording outer;
    final SourceTree tree;
    final int baseDepth;
    int maxDepth;
    final long tokensAtStart;
    final long[] expanderAtStart;
    boolean spoilt;
    /** Per name: the definition found at its first lookup ({@link #ABSENT} if none), or {@link #UNREAD}. */
    final HashMap<String, Object> names = new HashMap<>();
    final Set<String> written = new HashSet<>();
    final Map<String, Boolean> config = new HashMap<>();
    final Set<String> read = new HashSet<>();
    final Set<String> absent = new HashSet<>();
    final List<Object> events = new ArrayList<>();

    Recording(Recording outer, SourceTree tree, int depth, long tokens, long[] expander) {
      this.outer = outer;
      this.tree = tree;
      this.baseDepth = depth;
      this.maxDepth = depth;
      this.tokensAtStart = tokens;
      this.expanderAtStart = expander;
    }

    void lookedUp(String name, Macro found) {
      names.putIfAbsent(name, found == null ? ABSENT : found);
    }

    void wrote(String name) {
      names.putIfAbsent(name, UNREAD);
      written.add(name);
    }

    /** A nested include, read or replayed, becomes part of this one. */
    void nested(Entry e) {
      events.add(e);
      for (int i = 0; i < e.macroNames.length; i++) {
        names.putIfAbsent(e.macroNames[i], e.macroValues[i] == null ? ABSENT : e.macroValues[i]);
      }
      for (String name : e.effects.keySet()) {
        wrote(name);
      }
      e.config.forEach(config::putIfAbsent);
      read.addAll(Arrays.asList(e.read));
      absent.addAll(Arrays.asList(e.absent));
      maxDepth = Math.max(maxDepth, baseDepth + 1 + e.depth);
    }

    /**
     * The entry this recording makes, {@code now} giving the definitions now; {@code expander} is the expander's
     * {@code {calls, total, produced}} now.
     */
    Entry finish(long tokens, long[] expander, java.util.function.Function<String, Macro> now) {
      Map<String, Macro> effects = new HashMap<>();
      for (String name : written) {
        effects.put(name, now.apply(name));
      }
      boolean expanded = expander[0] != expanderAtStart[0];
      long before = expanded ? expander[1] - (expanderAtStart[1] + expanderAtStart[2]) : 0;
      return new Entry(this, tokens - tokensAtStart, expanded, before, expanded ? expander[2] : 0,
          java.util.Collections.unmodifiableMap(effects));
    }
  }

  /** The kept outcomes of including {@code path}, newest last (possibly none). */
  Entry[] variants(String path) {
    Entry[] v = byPath.get(path);
    return v == null ? new Entry[0] : v;
  }

  void keep(String path, Entry e) {
    byPath.compute(path, (k, v) -> {
      if (v == null) {
        return new Entry[] {e};
      }
      Entry[] out = Arrays.copyOf(v, Math.min(v.length + 1, VARIANTS));
      if (v.length >= VARIANTS) {
        System.arraycopy(v, 1, out, 0, VARIANTS - 1);
      }
      out[out.length - 1] = e;
      return out;
    });
  }

  /** Whether two definitions are the same: one object, or equal name, parameters, body and place. */
  static boolean same(Macro a, Macro b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null || !a.name().equals(b.name()) || a.variadic() != b.variadic()
        || !Objects.equals(a.params(), b.params()) || !a.definedAt().equals(b.definedAt())
        || a.body().size() != b.body().size()) {
      return false;
    }
    for (int i = 0; i < a.body().size(); i++) {
      CToken x = a.body().get(i);
      CToken y = b.body().get(i);
      if (x != y && (x.getType() != y.getType() || !x.getText().equals(y.getText()) || !x.file().equals(y.file())
          || x.getLine() != y.getLine() || x.getCharPositionInLine() != y.getCharPositionInLine()
          || x.spaceBefore() != y.spaceBefore() || !x.hideset().equals(y.hideset()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String name() {
    return "replayed includes";
  }

  @Override
  public int size() {
    return byPath.values().stream().mapToInt(v -> v.length).sum();
  }

  @Override
  public void forget() {
    byPath.clear();
  }
}
