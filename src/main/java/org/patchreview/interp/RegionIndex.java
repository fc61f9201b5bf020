package org.patchreview.interp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which region an address falls in: the heap, MMIO and runtime data by address, stack frames by binary search, the
 * program image's regions by its index (a global copied for this run when first touched), and string literals of
 * functions compiled late. The last region found is tried first: most accesses hit the object the one before hit.
 */
final class RegionIndex {
  private final TreeMap<Long, Region> regions = new TreeMap<>();
  private final ArrayList<Region> stack = new ArrayList<>();
  private ImageIndex image;
  private Region[] globals;
  /** The region the last lookup found (read by the memory's fast path). */
  Region last;

  /** A region made by allocation or placement. */
  void add(Region r) {
    if (r.kind == Region.Kind.STACK) {
      stack.add(r);
    } else {
      regions.put(r.base, r);
    }
  }

  void useImage(ImageIndex index) {
    this.image = index;
    this.globals = new Region[index.size()];
  }


  /** The region an address falls in or just past (its redzone), or null. */
  Region find(long addr) {
    Region r = last;
    if (r != null && addr >= r.base && addr < r.base + r.size) {
      return r;
    }
    if (addr >= AddressSpace.STACK_BASE && addr < AddressSpace.STACK_END) {
      r = inStack(addr);
      if (r != null) {
        last = r;
      }
      return r;
    }
    if (image != null && addr >= AddressSpace.TEXT_BASE && addr < AddressSpace.RUNTIME_DATA_BASE) {
      r = inImage(addr);
      if (r != null) {
        last = r;
        return r;
      }
    }
    Map.Entry<Long, Region> e = regions.floorEntry(addr);
    r = e == null ? null : e.getValue();
    if (r == null || addr >= r.base + Math.max(r.size, 1)) {
      Region placed = late(addr);
      if (placed != null) {
        r = placed;
      } else if (r == null || addr >= r.base + Math.max(r.size, 1) + Memory.REDZONE) {
        return null;
      }
    }
    last = r;
    return r;
  }

  private Region inStack(long addr) {
    int lo = 0;
    int hi = stack.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Region r = stack.get(mid);
      if (addr < r.base) {
        hi = mid - 1;
      } else if (addr >= r.base + Math.max(r.size, 1) + Memory.REDZONE) {
        lo = mid + 1;
      } else {
        return r;
      }
    }
    return null;
  }

  /** An image region holding {@code addr}; past its end only when no later string literal lies there. */
  private Region inImage(long addr) {
    int i = image.floor(addr);
    if (i < 0) {
      return null;
    }
    Program.Placed p = image.placed[i];
    if (addr < p.base() + Math.max(p.size(), 1)) {
      return imageRegion(i);
    }
    if (addr < p.base() + Math.max(p.size(), 1) + Memory.REDZONE && late(addr) == null && floorHeapSide(addr) == null) {
      return imageRegion(i);
    }
    return null;
  }

  private Region floorHeapSide(long addr) {
    Map.Entry<Long, Region> e = regions.floorEntry(addr);
    return e != null && addr < e.getValue().base + Math.max(e.getValue().size, 1) ? e.getValue() : null;
  }

  private Region imageRegion(int i) {
    Region shared = image.shared[i];
    if (shared != null) {
      return shared;
    }
    Region g = globals[i];
    if (g == null) {
      g = image.copyOfGlobal(i);
      globals[i] = g;
    }
    return g;
  }

  private java.util.function.LongFunction<Region> lateRegions;

  /** Where string literals of functions compiled after the run began come from. */
  void setLateRegions(java.util.function.LongFunction<Region> source) {
    this.lateRegions = source;
  }

  private Region late(long addr) {
    if (lateRegions == null || addr < AddressSpace.STRING_BASE || addr >= AddressSpace.RUNTIME_DATA_BASE) {
      return null;
    }
    return lateRegions.apply(addr);
  }

  /** The region starting exactly at {@code addr}, or null. */
  Region startingAt(long addr) {
    return regions.get(addr);
  }

  /**
   * The regions a run has made or touched, in address order: heap, MMIO and runtime data, and the globals this run
   * has written or read (an untouched global still holds its initial value, which cannot point to the heap).
   */
  List<Region> regions() {
    List<Region> out = new ArrayList<>();
    if (globals != null) {
      for (Region g : globals) {
        if (g != null) {
          out.add(g);
        }
      }
    }
    out.addAll(regions.values());
    return out;
  }
}
