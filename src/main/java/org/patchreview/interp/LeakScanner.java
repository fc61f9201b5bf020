package org.patchreview.interp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds leaked heap objects the way kmemleak does: every live heap object that no chain of pointers reaches from
 * the globals (and from what the runner holds) is a leak. Words are read conservatively: any 32-bit value that
 * points into a live object counts, and so does a physical address of one (IOMMU page tables link their levels by
 * physical address).
 */
public final class LeakScanner {
  private LeakScanner() {}

  public static List<Region> scan(Memory memory, Collection<Long> extraRoots) {
    Set<Region> reached = new HashSet<>();
    Deque<Region> work = new ArrayDeque<>();
    memory.forEachRegion(r -> {
      if (r.kind == Region.Kind.GLOBAL && !r.freed) {
        work.add(r);
      }
    });
    for (long root : extraRoots) {
      mark(memory, root, reached, work);
    }
    while (!work.isEmpty()) {
      Region r = work.poll();
      for (int off = 0; off + 4 <= r.data.length; off += 4) {
        long v = r.read(off, 4);
        if (v == 0) {
          continue;
        }
        mark(memory, v, reached, work);
        if (v >= AddressSpace.PHYS_OFFSET && v < AddressSpace.PHYS_OFFSET + (AddressSpace.HEAP_END
            - AddressSpace.HEAP_BASE)) {
          mark(memory, v - AddressSpace.PHYS_OFFSET + AddressSpace.PAGE_OFFSET, reached, work);
        }
      }
    }
    List<Region> leaks = new ArrayList<>();
    memory.forEachRegion(r -> {
      if ((r.kind == Region.Kind.HEAP || r.kind == Region.Kind.PAGES) && !r.freed && !reached.contains(r)) {
        leaks.add(r);
      }
    });
    return leaks;
  }

  private static void mark(Memory memory, long v, Set<Region> reached, Deque<Region> work) {
    if (v < AddressSpace.HEAP_BASE || v >= AddressSpace.HEAP_END) {
      return;
    }
    Region r = memory.find(v);
    if (r != null && !r.freed && v < r.base + Math.max(r.size, 1)
        && (r.kind == Region.Kind.HEAP || r.kind == Region.Kind.PAGES) && reached.add(r)) {
      work.add(r);
    }
  }
}
