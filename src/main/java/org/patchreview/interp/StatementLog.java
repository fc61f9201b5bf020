package org.patchreview.interp;

import java.util.Arrays;
import org.patchreview.c.Span;

/**
 * The statements one run executed, in order, each with the function it ran in. Recording is opt-in: only a machine
 * given a log ({@link Machine#recordStatements}) appends to one, so ordinary runs pay a single null check per
 * statement. Reports align two logs to say where the runs before and after a patch part.
 */
public final class StatementLog {
  /**
   * The most statements kept for one action. Where two runs part is found in the first statements of an action;
   * a loop that runs to the step budget (1 M statements) would otherwise be recorded, kept and aligned whole, which
   * took 20-30 s and 2.5 GB for a plain {@code while (x) ;}. Statements past this are counted, not kept.
   */
  public static final int MAX_PER_ACTION = 100_000;
  /**
   * Statements in chunks of {@link #CHUNK}, filled in turn: a long log grows by a chunk, never by copying what it
   * holds (doubling arrays left as much garbage as the log itself, and a recorded run's log is tens of thousands).
   */
  private static final int SHIFT = 12;
  private static final int CHUNK = 1 << SHIFT;
  private Span[][] spans = new Span[8][];
  private String[][] functions = new String[8][];
  private int size;
  private int actionStart;
  private long dropped;

  /** From now on statements belong to a new action, which may record up to {@link #MAX_PER_ACTION} of them. */
  public void startAction() {
    actionStart = size;
  }

  /** Statements not kept because their action had recorded its share. */
  public long dropped() {
    return dropped;
  }

  /** Appends a statement (the machine does, while recording; tests build logs by hand). */
  public void add(Span span, String function) {
    if (size - actionStart >= MAX_PER_ACTION) {
      dropped++;
      return;
    }
    int chunk = size >>> SHIFT;
    int at = size & (CHUNK - 1);
    if (at == 0) {
      if (chunk == spans.length) {
        spans = Arrays.copyOf(spans, chunk * 2);
        functions = Arrays.copyOf(functions, chunk * 2);
      }
      spans[chunk] = new Span[CHUNK];
      functions[chunk] = new String[CHUNK];
    }
    spans[chunk][at] = span;
    functions[chunk][at] = function;
    size++;
  }

  /**
   * A log read back from a store: statement {@code i} is {@code spans[sites[i]]}, run in {@code functions[sites[i]]}
   * (the same objects each time a statement repeats, as in a log recorded now), with {@code dropped} statements not
   * kept.
   */
  public static StatementLog restored(Span[] spans, String[] functions, int[] sites, int size, long dropped) {
    StatementLog log = new StatementLog();
    int chunks = (size + CHUNK - 1) >>> SHIFT;
    log.spans = new Span[Math.max(8, chunks)][];
    log.functions = new String[Math.max(8, chunks)][];
    for (int c = 0; c < chunks; c++) {
      int n = Math.min(CHUNK, size - (c << SHIFT));
      Span[] s = new Span[CHUNK];
      String[] f = new String[CHUNK];
      for (int j = 0, i = c << SHIFT; j < n; j++, i++) {
        s[j] = spans[sites[i]];
        f[j] = functions[sites[i]];
      }
      log.spans[c] = s;
      log.functions[c] = f;
    }
    log.size = size;
    log.actionStart = size;
    log.dropped = dropped;
    return log;
  }

  /** How many statements ran so far: the position of whatever happens next. */
  public int size() {
    return size;
  }

  public Span span(int i) {
    return spans[i >>> SHIFT][i & (CHUNK - 1)];
  }

  /** The C function statement {@code i} ran in (empty for a global's initialiser). */
  public String function(int i) {
    return functions[i >>> SHIFT][i & (CHUNK - 1)];
  }
}
