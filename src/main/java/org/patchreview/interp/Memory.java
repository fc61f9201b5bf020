package org.patchreview.interp;

import java.util.List;
import org.patchreview.c.Span;

/**
 * The address space of one run, as a sanitizer sees it: every access is checked against the region it falls in. A
 * NULL, ERR_PTR or wild access is an oops; use after free, use after return and out-of-bounds accesses are reported
 * (as KASAN does) and the access goes ahead on the stale bytes.
 */
public final class Memory {
  static final int REDZONE = 16;

  /** Where faults go: reported, and for fatal kinds turned into an {@link Oops}. */
  public interface FaultReporter {
    void fault(FaultKind kind, String message, Site site, Region region);

    /** False when a fault of this kind would not be reported now, so its message need not be built. */
    default boolean wants(FaultKind kind) {
      return true;
    }
  }

  private final RegionIndex index;
  private final FaultReporter faults;
  private final Sanitizer sanitizer;
  /** False only to measure what the sanitizer checks cost: accesses then fault only outside any object. */
  boolean sanitize = true;
  private long heapNext = AddressSpace.HEAP_BASE;
  private long stackNext = AddressSpace.STACK_BASE;
  private long vmallocNext = AddressSpace.VMALLOC_BASE;
  private long dataNext = AddressSpace.RUNTIME_DATA_BASE;
  private int serial;
  private long liveHeapBytes;

  /**
   * Who may change the regions this memory made: a region another memory (or this one before {@link #fork}) owns is
   * copied before its first change here, so a saved state stays as it was while copies of it run on.
   */
  private Object owner = new Object();

  public Memory(FaultReporter faults) {
    this.faults = faults;
    this.sanitizer = new Sanitizer(this, faults);
    this.index = new RegionIndex();
    index.setOwner(owner);
  }

  private Memory(Memory from, FaultReporter faults) {
    this.faults = faults;
    this.sanitizer = new Sanitizer(this, faults);
    this.index = from.index.fork();
    this.sanitize = from.sanitize;
    this.heapNext = from.heapNext;
    this.stackNext = from.stackNext;
    this.vmallocNext = from.vmallocNext;
    this.dataNext = from.dataNext;
    this.serial = from.serial;
    this.liveHeapBytes = from.liveHeapBytes;
    index.setOwner(owner);
  }

  /**
   * A copy of this memory reporting its faults to {@code faults}, in the time of a few arrays of references: the two
   * share every region until one of them changes it, and then that one changes its own copy. Both may run on, and
   * several copies may be made of one memory at once (each run is one thread's; only making copies is shared). MMIO
   * windows are rebound by {@code mmio} (the copy's registers are other models).
   */
  synchronized Memory fork(FaultReporter faults, java.util.function.UnaryOperator<MmioHandler> mmio) {
    Memory copy = new Memory(this, faults);
    // From now on this memory too copies what it shares before changing it.
    owner = new Object();
    index.setOwner(owner);
    copy.index.replaceEach(r -> {
      if (r.kind != Region.Kind.MMIO) {
        return r;
      }
      Region own = r.copyFor(copy.owner);
      own.mmio = r.mmio == null ? null : mmio.apply(r.mmio);
      return own;
    });
    return copy;
  }

  /** The region at {@code r}'s place that this memory may change (see {@link #fork}). */
  Region own(Region r) {
    return index.own(r, owner);
  }

  // ------------------------------------------------------------------ allocation

  /** A new zero-filled region of {@code kind}; {@code align} is a power of two. */
  public Region allocate(Region.Kind kind, int size, int align, String name, Span site, String function) {
    long base = switch (kind) {
      case HEAP -> heapNext = alignUp(heapNext, Math.max(align, 8));
      case PAGES -> heapNext = alignUp(heapNext, 4096);
      case STACK -> stackNext = alignUp(stackNext, 8);
      case MMIO -> vmallocNext = alignUp(vmallocNext, 4096);
      default -> dataNext = alignUp(dataNext, Math.max(align, 4));
    };
    long end = base + Math.max(size, 1) + REDZONE;
    switch (kind) {
      case HEAP, PAGES -> heapNext = end;
      case STACK -> stackNext = end;
      case MMIO -> vmallocNext = end;
      default -> dataNext = end;
    }
    if (end > limit(kind)) {
      faults.fault(FaultKind.RUNAWAY, "the " + kind.name().toLowerCase(java.util.Locale.ROOT)
          + " area of the modelled address space is exhausted", Site.at(site, "allocation"), null);
    }
    Region r = new Region(base, size, kind, kind == Region.Kind.STRING || kind == Region.Kind.TEXT, name, site,
        function, ++serial);
    r.owner = owner;
    index.add(r);
    if (kind == Region.Kind.HEAP || kind == Region.Kind.PAGES) {
      liveHeapBytes += size;
    }
    return r;
  }

  private static long limit(Region.Kind kind) {
    return switch (kind) {
      case HEAP, PAGES -> AddressSpace.HEAP_END;
      case STACK -> AddressSpace.STACK_END;
      case MMIO -> AddressSpace.VMALLOC_END;
      case TEXT -> AddressSpace.DATA_BASE;
      case GLOBAL -> AddressSpace.STRING_BASE;
      default -> AddressSpace.IMAGE_END;
    };
  }

  /** Uses a program image: its regions are found by address, and a global is copied when first touched. */
  void useImage(ImageIndex image) {
    index.useImage(image);
  }

  /** Places a region at a fixed address (string literals made after the image). */
  public Region place(long base, int size, Region.Kind kind, String name, Span site) {
    Region r = new Region(base, size, kind, kind == Region.Kind.STRING || kind == Region.Kind.TEXT, name, site,
        null, ++serial);
    r.owner = owner;
    index.add(r);
    return r;
  }

  /** Marks a region freed; the caller has checked it may be. Stack frames keep their bytes for use-after-return. */
  public void release(Region region, Span site, String function) {
    Region r = own(region);
    r.freed = true;
    r.freeSite = site;
    r.freeFunction = function;
    if (r.kind == Region.Kind.HEAP || r.kind == Region.Kind.PAGES) {
      liveHeapBytes -= r.size;
    }
  }

  public long liveHeapBytes() {
    return liveHeapBytes;
  }

  private static long alignUp(long v, long a) {
    return (v + a - 1) & -a;
  }

  // ------------------------------------------------------------------ lookup

  /** The region an address falls in or just past (its redzone), or null. */
  public Region find(long addr) {
    return index.find(addr);
  }

  /** Where string literals of functions compiled after the run began come from. */
  void setLateRegions(java.util.function.LongFunction<Region> source) {
    index.setLateRegions(source);
  }

  /** The region starting exactly at {@code addr}, or null. */
  public Region startingAt(long addr) {
    return index.startingAt(addr);
  }

  /**
   * The regions a run has made or touched, in address order: heap, MMIO and runtime data, and the globals this run
   * has written or read (an untouched global still holds its initial value, which cannot point to the heap).
   */
  public List<Region> regions() {
    return index.regions();
  }

  /** Each region {@link #regions} lists, in that order, without making the list. */
  public void forEachRegion(java.util.function.Consumer<Region> action) {
    index.forEach(action);
  }

  // ------------------------------------------------------------------ access

  /** Reads {@code size} bytes little-endian as an unsigned value. */
  public long load(long addr, int size, Site site) {
    Region r = check(addr, size, site, false);
    if (r == null) {
      return 0;
    }
    if (r.kind == Region.Kind.MMIO) {
      return mmioRead(r, addr, size);
    }
    return r.read((int) (addr - r.base), size);
  }

  public void store(long addr, int size, long value, Site site) {
    Region r = check(addr, size, site, true);
    if (r == null) {
      return;
    }
    if (r.kind == Region.Kind.MMIO) {
      mmioWrite(r, addr, size, value);
      return;
    }
    r.write((int) (addr - r.base), size, value);
  }

  /** Checks an access; returns the region when the bytes exist, null when a non-fatal fault leaves nothing to do. */
  private Region check(long addr, long size, Site site, boolean write) {
    return check(addr, size, site, write, false);
  }

  /**
   * As above; a {@code copying} read moves bytes with their initialisation state, so it reports no uninitialised read.
   * The common access, to bytes of a live object this memory owns that hold values, is decided here in a few tests
   * (small enough for the JIT to inline into every load and store); anything the sanitizer may report is its own.
   */
  private Region check(long addr, long wide, Site site, boolean write, boolean copying) {
    Region r = index.last;
    if (r == null || addr < r.base || addr + wide > r.base + r.size) {
      // The index tries the regions found just before (a loop over a table alternates between a few) first.
      r = index.find(addr);
    }
    if (r == null || !sanitize || addr < r.base || addr + wide > r.base + r.size || r.freed || r.uninit != null
        || (write && (r.readOnly || r.owner != owner)) || (r.poison != null && r.poisoned(addr, (int) wide))
        || r.kind == Region.Kind.TEXT) {
      // A frame's redzones poison some of its bytes; its locals, between them, take the fast path.
      return sanitizer.check(addr, wide, site, write, copying);
    }
    return r;
  }

  /**
   * Turns the sanitizer's checks (use after free, out of bounds, redzones, uninitialised reads, read-only writes) off
   * or on; review always runs with them on, and the interpreter benchmark measures their cost by turning them off.
   */
  public void sanitize(boolean on) {
    sanitize = on;
  }

  /**
   * An address as reports name it: the object's label, {@code &label.member} for a pointer to a member of a typed
   * object, {@code label+offset} otherwise; a hook set by the runner may name some objects first (devices).
   */
  public String describe(long addr) {
    if (namer != null) {
      String n = namer.apply(addr);
      if (n != null) {
        return n;
      }
    }
    Region r = find(addr);
    if (r == null) {
      return "0x" + Long.toHexString(addr);
    }
    long off = addr - r.base;
    if (off == 0 || off >= r.size) {
      return r.label();
    }
    String member = r.type instanceof org.patchreview.c.Type.Struct s ? org.patchreview.c.StructLayout.memberAt(s, off) : null;
    return member != null ? "&" + r.label() + "." + member : r.label() + "+" + off;
  }

  private java.util.function.LongFunction<String> namer;

  /** Lets the runner name objects it knows better (devices by their Device Tree label). */
  public void setNamer(java.util.function.LongFunction<String> namer) {
    this.namer = namer;
  }

  private long mmioRead(Region r, long addr, int size) {
    long off = addr - r.base;
    long word = r.mmio.read32(off & ~3L) & 0xFFFFFFFFL;
    return size >= 4 ? word : (word >>> (8 * (off & 3))) & ((1L << (8 * size)) - 1);
  }

  private void mmioWrite(Region r, long addr, int size, long value) {
    long off = addr - r.base;
    if (size >= 4) {
      r.mmio.write32(off, (int) value);
      return;
    }
    long word = r.mmio.read32(off & ~3L) & 0xFFFFFFFFL;
    int shift = (int) (8 * (off & 3));
    long mask = ((1L << (8 * size)) - 1) << shift;
    r.mmio.write32(off & ~3L, (int) ((word & ~mask) | ((value << shift) & mask)));
  }

  /** Bytes {@code [addr, addr+n)} for primitives such as memcpy, checked as one access. */
  public byte[] readBytes(long addr, long n, Site site) {
    if (n == 0) {
      return new byte[0];
    }
    Region r = check(addr, n, site, false);
    if (r == null) {
      // The access faulted (reported); what it reads is not materialised, since n may be anything up to 4 GiB.
      return new byte[0];
    }
    byte[] out = new byte[(int) n];
    if (r.kind != Region.Kind.MMIO) {
      System.arraycopy(r.data, (int) (addr - r.base), out, 0, (int) n);
    }
    return out;
  }

  /** memset: checked as one write of {@code n} bytes, then filled in place (never a buffer of {@code n} bytes). */
  public void fill(long addr, long n, byte value, Site site) {
    if (n == 0) {
      return;
    }
    Region r = check(addr, n, site, true);
    if (r != null && r.kind != Region.Kind.MMIO) {
      int off = (int) (addr - r.base);
      java.util.Arrays.fill(r.data, off, off + (int) n, value);
      r.markInitialised(addr, (int) n);
    }
  }

  /**
   * Copies {@code n} bytes as memcpy and struct assignment do: bytes that held no value still hold none at the
   * destination, so the read that eventually uses them is the one reported (KMSAN's shadow propagation).
   */
  public void copy(long dst, long src, long wide, Site site) {
    if (wide == 0) {
      return;
    }
    Region from = check(src, wide, site, false, true);
    Region into = find(dst);
    if (from == null && (into == null || dst + wide > into.base + into.size)) {
      // Both ends out of bounds (n may be up to 4 GiB): report the write as well, materialise nothing.
      check(dst, wide, site, true);
      return;
    }
    int n = (int) Math.min(wide, Integer.MAX_VALUE);
    byte[] bytes = new byte[n];
    java.util.BitSet shadow = null;
    if (from != null && from.kind != Region.Kind.MMIO) {
      int off = (int) (src - from.base);
      System.arraycopy(from.data, off, bytes, 0, n);
      if (from.uninit != null) {
        shadow = from.uninit.get(off, off + n);
      }
    } else if (from != null) {
      bytes = readBytes(src, n, site);
    }
    writeBytes(dst, bytes, site);
    if (shadow != null && !shadow.isEmpty()) {
      Region to = find(dst);
      if (to != null && !to.freed && to.kind == Region.Kind.HEAP && dst + n <= to.base + to.size) {
        to = own(to);
        int off = (int) (dst - to.base);
        if (to.uninit == null) {
          to.uninit = new java.util.BitSet(to.size);
        }
        for (int i = shadow.nextSetBit(0); i >= 0; i = shadow.nextSetBit(i + 1)) {
          to.uninit.set(off + i);
        }
      }
    }
  }

  public void writeBytes(long addr, byte[] bytes, Site site) {
    if (bytes.length == 0) {
      return;
    }
    Region r = check(addr, bytes.length, site, true);
    if (r != null && r.kind != Region.Kind.MMIO) {
      System.arraycopy(bytes, 0, r.data, (int) (addr - r.base), bytes.length);
      if (r != null) {
        r.markInitialised(addr, bytes.length);
      }
    }
  }

  /** Fills a fresh region the runner made (read-only ones included), bypassing access checks. */
  public void writeBytesUnchecked(Region r, byte[] bytes) {
    System.arraycopy(bytes, 0, r.data, 0, Math.min(bytes.length, r.data.length));
  }

  /** A NUL-terminated string, at most {@code max} bytes. */
  public String readString(long addr, int max, Site site) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < max; i++) {
      long c = load(addr + i, 1, site);
      if (c == 0) {
        break;
      }
      sb.append((char) c);
    }
    return sb.toString();
  }
}
