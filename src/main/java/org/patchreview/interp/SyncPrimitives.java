package org.patchreview.interp;

import java.util.Map;

/**
 * Spinlocks and mutexes, checked as lockdep would (taking a held lock, releasing a free one), and work queued for the
 * runner to run. A lock's state is the first word of its struct: 0 free, 1 held.
 */
final class SyncPrimitives {
  private SyncPrimitives() {}

  static void register(Map<String, Primitive> p) {
    p.put("spin_lock_init", SyncPrimitives::init);
    p.put("mutex_init", SyncPrimitives::init);
    p.put("spin_lock", (m, a, s) -> take(m, a[0], s, "spin_lock"));
    p.put("_raw_spin_lock_irqsave", (m, a, s) -> take(m, a[0], s, "spin_lock_irqsave"));
    p.put("mutex_lock", (m, a, s) -> take(m, a[0], s, "mutex_lock"));
    p.put("spin_unlock", (m, a, s) -> give(m, a[0], s, "spin_unlock"));
    p.put("spin_unlock_irqrestore", (m, a, s) -> give(m, a[0], s, "spin_unlock_irqrestore"));
    p.put("mutex_unlock", (m, a, s) -> give(m, a[0], s, "mutex_unlock"));
    p.put("schedule_work", (m, a, s) -> m.queueWork(Primitives.pointer(a[0])) ? 1 : 0);
  }

  private static long init(Machine m, long[] a, Site s) {
    m.memory().store(Primitives.pointer(a[0]), 4, 0, s);
    m.lockReleased(Primitives.pointer(a[0]));
    return 0;
  }

  private static long take(Machine m, long lock, Site s, String how) {
    long addr = Primitives.pointer(lock);
    if (m.memory().load(addr, 4, s) != 0) {
      m.fault(FaultKind.LOCK_MISUSE, how + " of " + m.memory().describe(addr)
          + ", which is already held: this CPU would spin or sleep forever", s, m.memory().find(addr));
      return 0;
    }
    m.memory().store(addr, 4, 1, s);
    m.lockTaken(addr);
    return 0;
  }

  private static long give(Machine m, long lock, Site s, String how) {
    long addr = Primitives.pointer(lock);
    if (m.memory().load(addr, 4, s) == 0) {
      m.fault(FaultKind.LOCK_MISUSE, how + " of " + m.memory().describe(addr) + ", which is not held", s,
          m.memory().find(addr));
      return 0;
    }
    m.memory().store(addr, 4, 0, s);
    m.lockReleased(addr);
    return 0;
  }
}
