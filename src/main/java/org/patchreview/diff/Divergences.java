package org.patchreview.diff;

import java.util.HashMap;
import java.util.Map;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;
import org.patchreview.c.Span;
import org.patchreview.interp.StatementLog;
import org.patchreview.observe.Execution;

/**
 * Aligns the statements two recorded runs executed (the run before the patch with its lines moved through the
 * patch's hunks, so an unchanged statement has the same key on both sides) with JGit's histogram diff. Each edit is a
 * place where the runs part; a difference observed at some position is explained by the first parting in its action,
 * else by the last parting before that action (memory it changed carries over).
 */
final class Divergences {
  private static final int MAX_TEXT = 80;

  private final StatementLog before;
  private final StatementLog after;
  private final PatchLines lines;
  private final SourceText text;
  private final EditList edits;
  private final Map<Integer, HunkRef> hunks = new java.util.concurrent.ConcurrentHashMap<>();

  private Divergences(StatementLog before, StatementLog after, PatchLines lines, SourceText text) {
    this.before = before;
    this.after = after;
    this.lines = lines;
    this.text = text;
    Map<String, Integer> files = new HashMap<>();
    KeySequence a = new KeySequence(keys(before, files, true));
    KeySequence b = new KeySequence(keys(after, files, false));
    this.edits = new HistogramDiff().diff(KeySequence.COMPARATOR, a, b);
  }

  /**
   * Aligns two logs whole: the traces of a chain of scenarios share their logs (a shorter scenario's trace ends
   * earlier in them), so one alignment serves them all.
   */
  static Divergences of(StatementLog before, StatementLog after, PatchLines lines, SourceText text) {
    return new Divergences(before, after, lines, text);
  }

  int partings() {
    return edits.size();
  }

  /**
   * A statement's key: its file and line in the tree after the patch. A line of the tree before that the patch
   * removed or rewrote gets a key of its own, equal to nothing on the other side.
   */
  private long[] keys(StatementLog log, Map<String, Integer> files, boolean mapThroughPatch) {
    long[] keys = new long[log.size()];
    SpanKeys seen = new SpanKeys();
    for (int i = 0; i < keys.length; i++) {
      Span s = log.span(i);
      int slot = seen.slot(s);
      if (seen.spans[slot] == null) {
        String file = mapThroughPatch ? lines.mapPath(s.file()) : s.file();
        int line = mapThroughPatch ? lines.map(s.file(), s.line()) : s.line();
        Integer id = files.get(file);
        if (id == null) {
          id = files.size();
          files.put(file, id);
        }
        long k = line < 0 ? Long.MIN_VALUE + seen.size : ((long) id << 32) | line;
        slot = seen.put(slot, s, k);
      }
      keys[i] = seen.keys[slot];
    }
    return keys;
  }

  /**
   * Each statement's key by its span, the same object for every time the statement ran: an open-addressing table by
   * identity with the keys unboxed (a map of boxed keys was a tenth of the comparison's allocation).
   */
  private static final class SpanKeys {
    private Span[] spans = new Span[1024];
    private long[] keys = new long[1024];
    private int size;

    /** The slot holding {@code s}, or the empty slot where it goes. */
    int slot(Span s) {
      int mask = spans.length - 1;
      int i = System.identityHashCode(s) & mask;
      while (spans[i] != null && spans[i] != s) {
        i = (i + 1) & mask;
      }
      return i;
    }

    /** Puts {@code s} in the empty slot {@code slot}; returns its slot (moved when the table grew). */
    int put(int slot, Span s, long key) {
      spans[slot] = s;
      keys[slot] = key;
      if (++size * 2 <= spans.length) {
        return slot;
      }
      Span[] oldSpans = spans;
      long[] oldKeys = keys;
      spans = new Span[oldSpans.length * 2];
      keys = new long[oldSpans.length * 2];
      for (int j = 0; j < oldSpans.length; j++) {
        if (oldSpans[j] != null) {
          int at = slot(oldSpans[j]);
          spans[at] = oldSpans[j];
          keys[at] = oldKeys[j];
        }
      }
      return slot(s);
    }
  }

  /** Why an observation the run after the patch made at position {@code p} of execution {@code e} differs. */
  Divergence forAfter(int p, Execution e) {
    return explain(pick(p, e, true));
  }

  /** Why an observation the run before the patch made at position {@code p} of execution {@code e} differs. */
  Divergence forBefore(int p, Execution e) {
    return explain(pick(p, e, false));
  }

  private int pick(int p, Execution e, boolean afterSide) {
    int start = e.actionStart(p);
    int chosen = -1;
    for (int i = 0; i < edits.size(); i++) {
      int begin = afterSide ? edits.get(i).getBeginB() : edits.get(i).getBeginA();
      if (begin >= p) {
        break;
      }
      chosen = i;
      if (begin >= start) {
        break;
      }
    }
    return chosen;
  }

  private Divergence explain(int i) {
    if (i < 0) {
      return null;
    }
    Edit e = edits.get(i);
    Divergence.Statement at = e.getBeginB() > 0 ? statement(after, e.getBeginB() - 1, true) : null;
    Divergence.Statement a = e.getBeginA() < e.getEndA() ? statement(before, e.getBeginA(), false) : null;
    Divergence.Statement b = e.getBeginB() < e.getEndB() ? statement(after, e.getBeginB(), true) : null;
    HunkRef hunk = hunk(i);
    boolean via = false;
    for (int j = i - 1; hunk == null && j >= 0; j--) {
      hunk = hunk(j);
      via = hunk != null;
    }
    return new Divergence(at, a, b, hunk, via);
  }

  /**
   * The hunk a parting itself points at: the first statement in it, taking the two runs step by step, that a hunk
   * added (the run after) or removed (the run before); else the hunk around the last statement both ran (a condition
   * in the hunk's context that now goes the other way).
   */
  private HunkRef hunk(int i) {
    return hunks.computeIfAbsent(i, k -> {
      Edit e = edits.get(k);
      int length = Math.max(e.getLengthA(), e.getLengthB());
      for (int j = 0; j < length; j++) {
        if (j < e.getLengthB()) {
          Span s = after.span(e.getBeginB() + j);
          HunkRef h = lines.added(s.file(), s.line());
          if (h != null) {
            return h;
          }
        }
        if (j < e.getLengthA()) {
          Span s = before.span(e.getBeginA() + j);
          HunkRef h = lines.removed(s.file(), s.line());
          if (h != null) {
            return h;
          }
        }
      }
      if (e.getBeginB() > 0) {
        Span s = after.span(e.getBeginB() - 1);
        return lines.around(s.file(), s.line());
      }
      return null;
    });
  }

  private Divergence.Statement statement(StatementLog log, int i, boolean afterSide) {
    Span s = log.span(i);
    String source = text.line(afterSide, s.file(), s.line()).strip();
    if (source.length() > MAX_TEXT) {
      source = source.substring(0, MAX_TEXT - 1) + "…";
    }
    return new Divergence.Statement(s.fileLine(), log.function(i), source);
  }

  /** Statement keys as a JGit diff sequence. */
  private static final class KeySequence extends Sequence {
    private final long[] keys;

    KeySequence(long[] keys) {
      this.keys = keys;
    }

    @Override
    public int size() {
      return keys.length;
    }

    static final SequenceComparator<KeySequence> COMPARATOR = new SequenceComparator<>() {
      @Override
      public boolean equals(KeySequence a, int ai, KeySequence b, int bi) {
        return a.keys[ai] == b.keys[bi];
      }

      @Override
      public int hash(KeySequence s, int i) {
        return Long.hashCode(s.keys[i]);
      }
    };
  }
}
