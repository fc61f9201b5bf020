package org.patchreview.interp;

import java.util.Arrays;
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
 * <p>Nodes are told apart by their number ({@link StmtNode#id}, dense in a JVM), kept as bits, so that marking a
 * statement that already ran (nearly every one) costs a bit test, not a hash of its span.
 */
public final class Coverage {
  private long[] seen = new long[Math.max(16, (StmtNode.count() >>> 6) + 1)];
  private final Set<Span> spans = new HashSet<>();

  void add(StmtNode node) {
    int id = node.id;
    int word = id >>> 6;
    if (word < seen.length && (seen[word] & (1L << id)) != 0) {
      return;
    }
    if (word >= seen.length) {
      seen = Arrays.copyOf(seen, Math.max(word + 1, seen.length * 2));
    }
    seen[word] |= 1L << id;
    spans.add(node.span);
  }

  /** Where the statements that ran are (several statements made by one macro share a place). */
  public Set<Span> spans() {
    return Collections.unmodifiableSet(spans);
  }
}
