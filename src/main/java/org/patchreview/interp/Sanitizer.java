package org.patchreview.interp;

/**
 * What the sanitizer says about an access the memory's fast path did not pass: a NULL, ERR_PTR or wild address, use
 * after free or return, out of bounds (past an object or into a frame's redzone), a write to read-only data or code,
 * a read of bytes nothing wrote (KMSAN); and a write to a region another memory shares, which is copied first.
 */
final class Sanitizer {
  private final Memory memory;
  private final Memory.FaultReporter faults;

  Sanitizer(Memory memory, Memory.FaultReporter faults) {
    this.memory = memory;
    this.faults = faults;
  }

  /** The region when the bytes exist, null when a non-fatal fault leaves nothing to do (see Memory#check). */
  Region check(long addr, long wide, Site site, boolean write, boolean copying) {
    // A primitive's length is a 32-bit size_t; no region is larger than an int, so one that fits is an int.
    int size = (int) Math.min(wide, Integer.MAX_VALUE);
    if (!memory.sanitize) {
      return unchecked(addr, wide, site, write);
    }
    Region r = memory.find(addr);
    if (r == null) {
      unmapped(addr, site, write);
      return null;
    }
    if (r.freed) {
      FaultKind k = r.kind == Region.Kind.STACK ? FaultKind.USE_AFTER_RETURN : FaultKind.USE_AFTER_FREE;
      if (faults.wants(k)) {
        faults.fault(k, (write ? "write" : "read") + " of " + size + " byte(s) at " + memory.describe(addr)
            + r.freedBy(), site, r);
      }
    }
    if (addr < r.base || addr + wide > r.base + r.size) {
      if (faults.wants(FaultKind.OUT_OF_BOUNDS)) {
        faults.fault(FaultKind.OUT_OF_BOUNDS, (write ? "write" : "read") + " of " + wide + " byte(s) at "
            + memory.describe(addr) + ", past the end of " + r.label() + " (" + r.size + " bytes)", site, r);
      }
      return null;
    }
    if (write && r.readOnly) {
      faults.fault(FaultKind.READ_ONLY_WRITE, "write to " + memory.describe(addr), site, r);
      return null;
    }
    if (write) {
      r = memory.own(r);
    }
    if (r.poison != null && r.poisoned(addr, size) && faults.wants(FaultKind.OUT_OF_BOUNDS)) {
      faults.fault(FaultKind.OUT_OF_BOUNDS, (write ? "write" : "read") + " of " + size + " byte(s) at "
          + memory.describe(addr) + ": a redzone between the locals of " + r.allocFunction(), site, r);
    }
    if (r.uninit != null && !copying) {
      uninitialized(r, addr, size, write, site);
    }
    if (r.kind == Region.Kind.TEXT) {
      faults.fault(FaultKind.WILD_ACCESS, "data access to the code of " + r.label(), site, r);
      return null;
    }
    return r;
  }

  /** What an MMU alone would check: that the bytes belong to some object. */
  private Region unchecked(long addr, long size, Site site, boolean write) {
    Region r = memory.find(addr);
    if (r == null || addr + size > r.base + r.size || r.kind == Region.Kind.TEXT) {
      unmapped(addr, site, write);
      return null;
    }
    return write && !r.readOnly ? memory.own(r) : r;
  }

  /** KMSAN's view of kmalloc'ed memory: a write gives bytes a value; reading bytes that never had one is reported. */
  private void uninitialized(Region r, long addr, int size, boolean write, Site site) {
    int off = (int) (addr - r.base);
    if (write) {
      r.uninit.clear(off, off + size);
      if (r.uninit.isEmpty()) {
        r.uninit = null;
      }
      return;
    }
    int first = r.uninit.nextSetBit(off);
    if (first >= 0 && first < off + size && faults.wants(FaultKind.UNINITIALIZED_READ)) {
      faults.fault(FaultKind.UNINITIALIZED_READ, "read of " + size + " byte(s) at " + memory.describe(addr)
          + ", which nothing wrote since " + r.allocFunction() + " allocated it with kmalloc (not kzalloc)", site, r);
    }
  }

  private void unmapped(long addr, Site site, boolean write) {
    String access = write ? "write to " : "read from ";
    if (AddressSpace.isNullPage(addr)) {
      faults.fault(FaultKind.NULL_DEREFERENCE, access + "address 0x" + Long.toHexString(addr)
          + " through a NULL pointer", site, null);
    } else if (addr >= AddressSpace.ERR_PTR_BASE - 0x1000 && addr <= 0xFFFFFFFFL) {
      faults.fault(FaultKind.ERR_PTR_DEREFERENCE, access + "address 0x" + Long.toHexString(addr)
          + " through an error pointer", site, null);
    } else {
      faults.fault(FaultKind.WILD_ACCESS, access + "unmapped address 0x" + Long.toHexString(addr), site, null);
    }
  }
}
