package org.patchreview.interp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which region an address falls in: the heap, MMIO and runtime data by address, stack frames by binary search, the
 * program image's regions by its index (a global copied for this run when first touched), and string literals of
 * functions compiled late. The last region found is tried first: most accesses hit the object the one before hit.
 *
 * <p>Regions are kept in sorted arrays of their bases, not a map of boxed addresses: a lookup is a binary search over
 * a {@code long[]}, and a copy of the index ({@link #fork}) is a copy of a few arrays of references. Allocation
 * appends (each area's addresses only grow); a late string literal is inserted in place.
 */
final class RegionIndex {
  /** Heap, MMIO, runtime data and late string literals, by base. */
  private final Sorted placed;
  /** Stack frames, live and returned, by base. */
  private final Sorted stack;
  private ImageIndex image;
  private Region[] globals;
  /** The region the last lookup found (read by the memory's fast path). */
  Region last;
  /**
   * The two found before it, most recent first: a loop over a table reached through a struct ({@code data->pgd[i]})
   * goes round the frame, the struct and the table, and each would otherwise be a search.
   */
  private Region previous;
  private Region third;

  RegionIndex() {
    this.placed = new Sorted();
    this.stack = new Sorted();
  }

  private RegionIndex(RegionIndex from) {
    this.placed = from.placed.copy();
    this.stack = from.stack.copy();
    this.image = from.image;
    this.globals = from.globals == null ? null : from.globals.clone();
    this.lateRegions = from.lateRegions;
  }

  /**
   * An index over the same regions, for a copy of the memory: the regions themselves are shared until one side
   * changes one ({@link #own}), so the copy costs a few arrays of references, whatever the bytes.
   */
  RegionIndex fork() {
    return new RegionIndex(this);
  }

  /** A region made by allocation or placement. */
  void add(Region r) {
    (r.kind == Region.Kind.STACK ? stack : placed).insert(r);
  }

  void useImage(ImageIndex index) {
    this.image = index;
    this.globals = new Region[index.size()];
  }

  /**
   * The region at {@code r}'s place that {@code owner} may change: {@code r} itself when it owns it, else a copy that
   * takes its place here (and as the last region found), so that the state it was copied from stays as it was.
   */
  Region own(Region r, Object owner) {
    if (r.owner == owner) {
      return r;
    }
    Region copy = r.copyFor(owner);
    boolean replaced = r.kind == Region.Kind.STACK ? stack.replace(r, copy) : placed.replace(r, copy);
    if (!replaced && image != null) {
      int i = image.floor(r.base);
      if (i >= 0 && globals[i] == r) {
        globals[i] = copy;
        replaced = true;
      }
    }
    if (!replaced) {
      throw new IllegalStateException("region " + r + " is not in this memory");
    }
    if (last == r) {
      last = copy;
    }
    if (previous == r) {
      previous = copy;
    }
    if (third == r) {
      third = copy;
    }
    return copy;
  }

  /** Every region of the index, in no particular order (for rebinding a copy's MMIO windows). */
  void replaceEach(java.util.function.UnaryOperator<Region> f) {
    placed.replaceEach(f);
  }

  /** The region an address falls in or just past (its redzone), or null. */
  Region find(long addr) {
    Region r = last;
    if (r != null && addr >= r.base && addr < r.base + r.size) {
      return r;
    }
    r = previous;
    if (r != null && addr >= r.base && addr < r.base + r.size) {
      previous = last;
      last = r;
      return r;
    }
    r = third;
    if (r != null && addr >= r.base && addr < r.base + r.size) {
      third = previous;
      previous = last;
      last = r;
      return r;
    }
    r = search(addr);
    if (r != null && r != last) {
      if (r != previous) {
        third = previous;
      }
      previous = last;
      last = r;
    }
    return r;
  }

  private Region search(long addr) {
    Region r;
    if (addr >= AddressSpace.STACK_BASE && addr < AddressSpace.STACK_END) {
      return inStack(addr);
    }
    if (image != null && addr >= AddressSpace.TEXT_BASE && addr < AddressSpace.RUNTIME_DATA_BASE) {
      r = inImage(addr);
      if (r != null) {
        return r;
      }
    }
    r = placed.floor(addr);
    if (r == null || addr >= r.base + Math.max(r.size, 1)) {
      Region late = late(addr);
      if (late != null) {
        r = late;
      } else if (r == null || addr >= r.base + Math.max(r.size, 1) + Memory.REDZONE) {
        return null;
      }
    }
    return r;
  }

  private Region inStack(long addr) {
    Region r = stack.floor(addr);
    return r != null && addr < r.base + Math.max(r.size, 1) + Memory.REDZONE ? r : null;
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
    Region r = placed.floor(addr);
    return r != null && addr < r.base + Math.max(r.size, 1) ? r : null;
  }

  private Region imageRegion(int i) {
    Region shared = image.shared[i];
    if (shared != null) {
      return shared;
    }
    Region g = globals[i];
    if (g == null) {
      g = image.copyOfGlobal(i);
      g.owner = owner;
      globals[i] = g;
    }
    return g;
  }

  /** Who the globals this index copies from the image belong to: the memory's owner token. */
  private Object owner;

  void setOwner(Object owner) {
    this.owner = owner;
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
    Region r = placed.floor(addr);
    return r != null && r.base == addr ? r : null;
  }

  /**
   * The regions a run has made or touched, in address order: heap, MMIO and runtime data, and the globals this run
   * has written or read (an untouched global still holds its initial value, which cannot point to the heap).
   */
  List<Region> regions() {
    List<Region> out = new ArrayList<>((globals == null ? 0 : globals.length) + placed.count);
    if (globals != null) {
      for (Region g : globals) {
        if (g != null) {
          out.add(g);
        }
      }
    }
    placed.addTo(out);
    return out;
  }

  /** Each region {@link #regions} lists, in that order, without making the list (scans after every step). */
  void forEach(java.util.function.Consumer<Region> action) {
    if (globals != null) {
      for (Region g : globals) {
        if (g != null) {
          action.accept(g);
        }
      }
    }
    for (int i = 0; i < placed.count; i++) {
      action.accept(placed.regions[i]);
    }
  }

  /**
   * Regions sorted by base: a {@code long[]} of bases searched without boxing, and the regions beside it. Bases are
   * unique (regions never overlap and are never reused).
   */
  private static final class Sorted {
    private long[] bases;
    private Region[] regions;
    private int count;

    Sorted() {
      this.bases = new long[64];
      this.regions = new Region[64];
    }

    private Sorted(long[] bases, Region[] regions, int count) {
      this.bases = bases;
      this.regions = regions;
      this.count = count;
    }

    Sorted copy() {
      int capacity = Math.max(64, count + count / 4);
      return new Sorted(Arrays.copyOf(bases, capacity), Arrays.copyOf(regions, capacity), count);
    }

    void insert(Region r) {
      if (count == bases.length) {
        bases = Arrays.copyOf(bases, count * 2);
        regions = Arrays.copyOf(regions, count * 2);
      }
      int at = count == 0 || bases[count - 1] < r.base ? count : Arrays.binarySearch(bases, 0, count, r.base);
      if (at >= 0 && at < count) {
        // A late string literal placed again (a lookup of its image neighbour's redzone asked for it) replaces the
        // first, as a map by address did.
        regions[at] = r;
        return;
      }
      at = at == count ? count : -(at + 1);
      System.arraycopy(bases, at, bases, at + 1, count - at);
      System.arraycopy(regions, at, regions, at + 1, count - at);
      bases[at] = r.base;
      regions[at] = r;
      count++;
    }

    /** The region with the greatest base at or below {@code addr}, or null. */
    Region floor(long addr) {
      int lo = 0;
      int hi = count - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (bases[mid] <= addr) {
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return hi < 0 ? null : regions[hi];
    }

    boolean replace(Region old, Region with) {
      int i = Arrays.binarySearch(bases, 0, count, old.base);
      if (i < 0 || regions[i] != old) {
        return false;
      }
      regions[i] = with;
      return true;
    }

    void replaceEach(java.util.function.UnaryOperator<Region> f) {
      for (int i = 0; i < count; i++) {
        regions[i] = f.apply(regions[i]);
      }
    }

    void addTo(List<Region> out) {
      out.addAll(Arrays.asList(regions).subList(0, count));
    }
  }
}
