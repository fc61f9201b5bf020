package org.patchreview.interp;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.patchreview.c.Span;

/**
 * The statements one run entered, each once, by where they are in the C ({@link Span}). A review uses it to prove a
 * run the same after a patch without running it: a patch that changes only statements the run never entered cannot
 * change what it does. Every statement node marks itself when it runs or a goto lands in it (blocks, empty
 * statements and jumps too, which take no step), so a changed statement that ran is always seen.
 *
 * <p>Nodes are told apart by their number ({@link StmtNode#id}), kept in an open-addressed table of ints, so that
 * marking a statement that already ran (nearly every one) costs a probe, not a hash of its span.
 */
public final class Coverage {
  private int[] ids = new int[1024];
  private int size;
  private int last = -1;
  private final Set<Span> spans = new HashSet<>();

  void add(StmtNode node) {
    int id = node.id;
    if (id == last) {
      return;
    }
    last = id;
    int mask = ids.length - 1;
    int i = mix(id) & mask;
    while (true) {
      int at = ids[i];
      if (at == id + 1) {
        return;
      }
      if (at == 0) {
        ids[i] = id + 1;
        spans.add(node.span);
        if (++size * 2 > ids.length) {
          grow();
        }
        return;
      }
      i = (i + 1) & mask;
    }
  }

  private void grow() {
    int[] old = ids;
    ids = new int[old.length * 2];
    int mask = ids.length - 1;
    for (int v : old) {
      if (v != 0) {
        int i = mix(v - 1) & mask;
        while (ids[i] != 0) {
          i = (i + 1) & mask;
        }
        ids[i] = v;
      }
    }
  }

  private static int mix(int id) {
    return id * 0x9E3779B1 >>> 7;
  }

  /** Where the statements that ran are (several statements made by one macro share a place). */
  public Set<Span> spans() {
    return Collections.unmodifiableSet(spans);
  }

  /** How many statement nodes ran. */
  public int statements() {
    return size;
  }
}
