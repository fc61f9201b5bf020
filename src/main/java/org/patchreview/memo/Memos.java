package org.patchreview.memo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one place every cache of review is registered: {@link Memo}s, and the few stores with a shape of their own
 * (the preprocessed units, the includes kept for replay, the shipped parse store, the bundled corpus files).
 * {@link #forgetAll} forgets all of them, so a benchmark that claims "cold" starts from nothing kept.
 */
public final class Memos {
  private static final List<Forgettable> ALL = new CopyOnWriteArrayList<>();

  private Memos() {}

  /** Something kept for the JVM's life that can be forgotten: its name, how much it holds, and forgetting it. */
  public interface Forgettable {
    String name();

    int size();

    void forget();
  }

  /** Registers {@code f} (made once, in a static field) and returns it. */
  public static <T extends Forgettable> T register(T f) {
    ALL.add(f);
    return f;
  }

  /** Forgets every registered cache. Classes not loaded yet have none to forget. */
  public static void forgetAll() {
    ALL.forEach(Forgettable::forget);
  }

  /** Every registered cache, by name, with its size now: what a benchmark or a test can print. */
  public static List<String> sizes() {
    List<String> out = new ArrayList<>();
    for (Forgettable f : ALL) {
      out.add(f.name() + " " + f.size());
    }
    return out;
  }

  /** The registered caches' names, in registration order. */
  public static List<String> names() {
    return ALL.stream().map(Forgettable::name).toList();
  }
}
