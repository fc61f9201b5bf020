package org.patchreview.memo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A named cache of at most {@code capacity} entries, safe to share between threads. Keys are values built from
 * content (records of digests, configs, scenario steps, texts), never names that two different inputs could share:
 * a memo answers for the content its key spells, so a stale answer needs a key that lies.
 *
 * <p>Two ways to stay within the capacity, chosen when the memo is made: {@link #lru} drops the least recently used
 * entry (a lock around every lookup; for builds, runs and files, looked up a few times per review), {@link #hot}
 * forgets everything when full (no lock; for what the lexer and parser look up per token or per segment, where a lock
 * would cost more than the occasional refill). Every memo registers itself with {@link Memos} when made, which is how
 * {@link Memos#forgetAll} reaches it.
 *
 * @param <K> the key: a value type whose {@code equals} compares the content the answer depends on
 * @param <V> the answer
 */
public final class Memo<K, V> implements Memos.Forgettable {
  private final String name;
  private final int capacity;
  private final Map<K, V> entries;
  private final boolean lru;

  private Memo(String name, int capacity, boolean lru) {
    if (capacity < 1) {
      throw new IllegalArgumentException(name + ": a memo's capacity must be at least 1, not " + capacity);
    }
    this.name = name;
    this.capacity = capacity;
    this.lru = lru;
    this.entries = lru ? new LinkedHashMap<>(16, 0.75f, true) : new ConcurrentHashMap<>();
  }

  /** A memo of at most {@code capacity} entries that drops the least recently used, registered under {@code name}. */
  public static <K, V> Memo<K, V> lru(String name, int capacity) {
    return Memos.register(new Memo<>(name, capacity, true));
  }

  /** A lock-free memo of at most {@code capacity} entries, emptied whole when full, registered under {@code name}. */
  public static <K, V> Memo<K, V> hot(String name, int capacity) {
    return Memos.register(new Memo<>(name, capacity, false));
  }

  /** The answer kept for {@code key}, or null. */
  public V get(K key) {
    if (!lru) {
      return entries.get(key);
    }
    synchronized (this) {
      return entries.get(key);
    }
  }

  /** Keeps {@code value} for {@code key} within the capacity. */
  public void put(K key, V value) {
    if (!lru) {
      if (entries.size() >= capacity) {
        entries.clear();
      }
      entries.put(key, value);
      return;
    }
    synchronized (this) {
      entries.put(key, value);
      trim();
    }
  }

  /**
   * The answer kept for {@code key}, else {@code make}'s, kept. In a {@link #hot} memo, threads asking for the same
   * key at once wait for one {@code make} (two kernel builds side by side share most of their segments, and parsing
   * each twice cost a cold review 0.1 to 0.25 s); {@code make} must not use the memo itself. In an {@link #lru} memo
   * {@code make} runs outside the lock, so two threads may both make the answer; keep a future for slow shared work.
   */
  public V computeIfAbsent(K key, Function<? super K, ? extends V> make) {
    if (!lru) {
      if (entries.size() >= capacity && !entries.containsKey(key)) {
        entries.clear();
      }
      return entries.computeIfAbsent(key, make);
    }
    V v = get(key);
    if (v == null) {
      v = make.apply(key);
      if (v != null) {
        put(key, v);
      }
    }
    return v;
  }

  /**
   * The answer kept for {@code key}, else {@code make}'s, made under the memo's lock so that every caller gets the same
   * one: for answers that are futures of slow work ({@code make} itself must be quick).
   */
  public synchronized V shared(K key, Function<? super K, ? extends V> make) {
    V v = entries.get(key);
    if (v == null) {
      v = make.apply(key);
      put(key, v);
    }
    return v;
  }

  /** Drops the entry for {@code key} if it is kept and equal to {@code value}. */
  public void remove(K key, V value) {
    if (!lru) {
      entries.remove(key, value);
      return;
    }
    synchronized (this) {
      entries.remove(key, value);
    }
  }

  private void trim() {
    while (entries.size() > capacity) {
      K eldest = entries.keySet().iterator().next();
      entries.remove(eldest);
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int size() {
    if (!lru) {
      return entries.size();
    }
    synchronized (this) {
      return entries.size();
    }
  }

  public int capacity() {
    return capacity;
  }

  @Override
  public void forget() {
    if (!lru) {
      entries.clear();
      return;
    }
    synchronized (this) {
      entries.clear();
    }
  }
}
