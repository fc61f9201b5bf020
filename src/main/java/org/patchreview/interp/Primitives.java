package org.patchreview.interp;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The kernel primitives: functions the model declares without a body, implemented in Java. */
public final class Primitives {
  private static final Map<String, Primitive> ALL = new HashMap<>();

  static {
    MemoryPrimitives.register(ALL);
    LogPrimitives.register(ALL);
    SyncPrimitives.register(ALL);
    DevicePrimitives.register(ALL);
  }

  private Primitives() {}

  /** The primitive of that name, or null (a lookup function for {@link Program#link}). */
  public static Primitive lookup(String name) {
    return ALL.get(name);
  }

  public static Optional<Primitive> find(String name) {
    return Optional.ofNullable(ALL.get(name));
  }

  /** Kernel error numbers the primitives return. */
  static final long ENOENT = 2;
  static final long ENOMEM = 12;
  static final long ENODEV = 19;
  static final long EINVAL = 22;
  static final long ENODATA = 61;
  static final long EOVERFLOW = 75;

  static long pointer(long v) {
    return v & 0xFFFFFFFFL;
  }
}
