package org.patchreview.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Memos keep what they were given within their capacity, and every one is reached by forgetAll. */
class MemoTest {
  @Test
  void anLruMemoDropsTheLeastRecentlyUsed() {
    Memo<String, Integer> m = Memo.lru("test lru", 2);
    m.put("a", 1);
    m.put("b", 2);
    assertEquals(1, m.get("a"));   // a is now the most recently used
    m.put("c", 3);
    assertNull(m.get("b"));
    assertEquals(1, m.get("a"));
    assertEquals(3, m.get("c"));
    assertEquals(2, m.size());
  }

  @Test
  void aHotMemoEmptiesWhenFullAndNeverHoldsMoreThanItsCapacity() {
    Memo<Integer, Integer> m = Memo.hot("test hot", 3);
    for (int i = 0; i < 10; i++) {
      m.put(i, i);
      assertTrue(m.size() <= 3, "size " + m.size());
    }
    assertEquals(9, m.get(9));
  }

  @Test
  void computeIfAbsentMakesOnceAndKeeps() {
    Memo<String, String> m = Memo.lru("test compute", 4);
    AtomicInteger made = new AtomicInteger();
    assertEquals("x!", m.computeIfAbsent("x", k -> k + "!" + "".repeat(made.incrementAndGet() * 0)));
    assertEquals("x!", m.computeIfAbsent("x", k -> "other"));
    assertEquals(1, made.get());
    Object first = m.shared("y", k -> new Object().toString());
    assertSame(first, m.shared("y", k -> "not this"));
  }

  @Test
  void forgetAllReachesEveryMemoAndLazyValue() {
    Memo<String, String> m = Memo.hot("test forget", 8);
    AtomicInteger made = new AtomicInteger();
    Lazy<String> lazy = Lazy.of("test lazy", () -> "v" + made.incrementAndGet());
    m.put("k", "v");
    assertEquals("v1", lazy.get());
    assertEquals("v1", lazy.get());
    assertTrue(Memos.names().contains("test forget") && Memos.names().contains("test lazy"));
    Memos.forgetAll();
    assertEquals(0, m.size());
    assertEquals(0, lazy.size());
    assertEquals("v2", lazy.get());
  }

  @Test
  void aCapacityBelowOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Memo.lru("bad", 0));
  }
}
