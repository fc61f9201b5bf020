package org.patchreview.memo;

import java.util.function.Supplier;

/**
 * One value made on first use and kept, registered like a {@link Memo} so that {@link Memos#forgetAll} drops it and
 * the next use makes it again: for what review reads once per JVM (the shipped parse store, the bundled history).
 */
public final class Lazy<T> implements Memos.Forgettable {
  private final String name;
  private final Supplier<T> make;
  private volatile T value;

  private Lazy(String name, Supplier<T> make) {
    this.name = name;
    this.make = make;
  }

  /** A value {@code make} gives on first use, registered under {@code name}; {@code make} must not give null. */
  public static <T> Lazy<T> of(String name, Supplier<T> make) {
    return Memos.register(new Lazy<>(name, make));
  }

  /** The value, made now if this is the first use since the start or since it was forgotten. */
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = make.get();
          if (v == null) {
            throw new IllegalStateException(name + ": made nothing");
          }
          value = v;
        }
      }
    }
    return v;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int size() {
    return value == null ? 0 : 1;
  }

  @Override
  public synchronized void forget() {
    value = null;
  }
}
