package org.patchreview.interp;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/** Allocation and the string and memory functions of lib/string.c, with sanitizer checks on every free. */
final class MemoryPrimitives {
  /** The kernel's {@code __GFP_ZERO} (and the model's). */
  private static final long GFP_ZERO = 0x8000;

  private MemoryPrimitives() {}

  static void register(Map<String, Primitive> p) {
    p.put("kmalloc", (m, a, s) -> alloc(m, a[0], (a.length > 1 ? a[1] : 0) & GFP_ZERO, s, Region.Kind.HEAP));
    p.put("kzalloc", (m, a, s) -> alloc(m, a[0], GFP_ZERO, s, Region.Kind.HEAP));
    p.put("kcalloc", (m, a, s) -> alloc(m, a[0] * a[1], GFP_ZERO, s, Region.Kind.HEAP));
    p.put("kfree", (m, a, s) -> free(m, Primitives.pointer(a[0]), s, Region.Kind.HEAP, "kfree"));
    p.put("alloc_pages_exact", (m, a, s) -> alloc(m, pageAlign(a[0]), a.length > 1 ? a[1] & GFP_ZERO : 0, s,
        Region.Kind.PAGES));
    p.put("free_pages_exact", (m, a, s) -> free(m, Primitives.pointer(a[0]), s, Region.Kind.PAGES, "free_pages_exact"));
    p.put("virt_to_phys", (m, a, s) -> Primitives.pointer(a[0]) - AddressSpace.PAGE_OFFSET + AddressSpace.PHYS_OFFSET);
    p.put("phys_to_virt", (m, a, s) -> (a[0] - AddressSpace.PHYS_OFFSET + AddressSpace.PAGE_OFFSET) & 0xFFFFFFFFL);
    p.put("kstrdup", (m, a, s) -> a[0] == 0 ? 0 : copyString(m, m.memory().readString(Primitives.pointer(a[0]),
        4096, s), s));
    p.put("kasprintf", (m, a, s) -> copyString(m, Printf.format(m, Primitives.pointer(a[1]), a, 2, s), s));
    p.put("snprintf", MemoryPrimitives::snprintf);
    // Lengths are a 32-bit size_t, checked against the object before anything is copied: memset(p, 0, -1) is an
    // out-of-bounds write to report, not a 4 GiB buffer.
    p.put("memset", (m, a, s) -> {
      m.memory().fill(Primitives.pointer(a[0]), sizeT(a[2]), (byte) a[1], s);
      return a[0];
    });
    p.put("memcpy", (m, a, s) -> {
      m.memory().copy(Primitives.pointer(a[0]), Primitives.pointer(a[1]), sizeT(a[2]), s);
      return a[0];
    });
    p.put("memcmp", (m, a, s) -> Arrays.compareUnsigned(m.memory().readBytes(Primitives.pointer(a[0]), sizeT(a[2]), s),
        m.memory().readBytes(Primitives.pointer(a[1]), sizeT(a[2]), s)));
    p.put("strcmp", (m, a, s) -> Integer.signum(m.memory().readString(Primitives.pointer(a[0]), 65536, s)
        .compareTo(m.memory().readString(Primitives.pointer(a[1]), 65536, s))));
    p.put("strlen", (m, a, s) -> m.memory().readString(Primitives.pointer(a[0]), 65536, s).length());
  }

  private static long sizeT(long v) {
    return v & 0xFFFFFFFFL;
  }

  private static long pageAlign(long size) {
    return (size + 4095) & ~4095L;
  }

  /** What the slab allocators return for a zero-size request: not NULL, but faults when dereferenced. */
  static final long ZERO_SIZE_PTR = 0x10;

  private static long alloc(Machine m, long size, long zero, Site site, Region.Kind kind) {
    if (size == 0 && kind == Region.Kind.HEAP) {
      return ZERO_SIZE_PTR;
    }
    if (size <= 0 || size > Integer.MAX_VALUE) {
      return 0;
    }
    Region r = m.allocate(kind, (int) size, site);
    if (zero == 0 && kind == Region.Kind.HEAP) {
      r.uninit = new java.util.BitSet((int) size);
      r.uninit.set(0, (int) size);
    }
    return r.base;
  }

  /** kfree and free_pages_exact: NULL is fine; anything but the start of a live object of the right kind is a fault. */
  private static long free(Machine m, long p, Site site, Region.Kind kind, String how) {
    if (p == 0 || p == ZERO_SIZE_PTR && kind == Region.Kind.HEAP) {
      return 0;
    }
    Memory mem = m.memory();
    Region r = mem.find(p);
    if (AddressSpace.isErrPtr(p)) {
      m.fault(FaultKind.INVALID_FREE, how + " of " + AddressSpace.errPtr(p), site, null);
      return 0;
    }
    if (r == null || r.base != p) {
      m.fault(FaultKind.INVALID_FREE, how + " of " + mem.describe(p) + ", which is not the start of an allocation",
          site, r);
      return 0;
    }
    if (r.freed) {
      m.fault(FaultKind.DOUBLE_FREE, how + " of " + r.label() + ", already freed by " + r.freeFunction + " at "
          + r.freeSite.fileLine(), site, r);
      return 0;
    }
    if (r.kind != kind) {
      m.fault(FaultKind.INVALID_FREE, how + " of " + r.label() + ", a " + r.kind.name().toLowerCase(java.util.Locale.ROOT)
          + " object", site, r);
      return 0;
    }
    FunctionSymbol in = m.currentFunction();
    mem.release(r, site.span(), in == null ? how : in.name());
    return 0;
  }

  private static long copyString(Machine m, String s, Site site) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    Region r = m.allocate(Region.Kind.HEAP, b.length + 1, site);
    m.memory().writeBytes(r.base, b, site);
    return r.base;
  }

  private static long snprintf(Machine m, long[] a, Site s) {
    String text = Printf.format(m, Primitives.pointer(a[2]), a, 3, s);
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    int size = (int) a[1];
    if (size > 0) {
      byte[] out = Arrays.copyOf(b, Math.min(b.length, size - 1) + 1);
      out[out.length - 1] = 0;
      m.memory().writeBytes(Primitives.pointer(a[0]), out, s);
    }
    return b.length;
  }
}
