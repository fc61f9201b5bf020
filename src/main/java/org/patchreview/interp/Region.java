package org.patchreview.interp;

import org.patchreview.c.Span;
import org.patchreview.c.Type;

/**
 * One object in the address space of a run: a heap allocation, a stack frame, a global, a string literal, a
 * function, or an MMIO window. Regions are never reused, so a freed one still names what a stale pointer meant.
 */
public final class Region {
  /** What kind of storage a region is. */
  public enum Kind {
    HEAP, PAGES, STACK, GLOBAL, STRING, TEXT, MMIO
  }

  final long base;
  final int size;
  final Kind kind;
  final byte[] data;
  final boolean readOnly;
  final String name;
  final Span allocSite;
  final String allocFunction;
  final int serial;
  MmioHandler mmio;
  /** Bytes no access may touch (a stack frame's redzones), or null. */
  byte[] poison;
  /** Bytes never written since a kmalloc that did not zero them, or null when every byte holds a value. */
  java.util.BitSet uninit;
  boolean freed;
  Span freeSite;
  String freeFunction;
  Type type;
  String label;
  /**
   * A call's frame, named {@code stack of F} for its function when it has no other label: made when a report asks,
   * not on each of the many calls that never appear in one.
   */
  boolean frame;
  /**
   * The memory whose own copy this is, the only one that may change it; a region copied from a saved state belongs
   * to it and is copied again before the first change ({@link RegionIndex#own}).
   */
  Object owner;

  Region(long base, int size, Kind kind, boolean readOnly, String name, Span allocSite, String allocFunction,
      int serial) {
    this(base, size, kind, readOnly, name, allocSite, allocFunction, serial, null);
  }

  /** A region over existing bytes ({@code shared} non-null: read-only image data shared between runs). */
  Region(long base, int size, Kind kind, boolean readOnly, String name, Span allocSite, String allocFunction,
      int serial, byte[] shared) {
    this.base = base;
    this.size = size;
    this.kind = kind;
    this.data = shared != null ? shared : kind == Kind.TEXT || kind == Kind.MMIO ? new byte[0] : new byte[size];
    this.readOnly = readOnly;
    this.name = name;
    this.allocSite = allocSite;
    this.allocFunction = allocFunction;
    this.serial = serial;
  }

  /** A copy owned by {@code owner}: its bytes and what they hold (initialisation shadow, freed, type, label). */
  Region copyFor(Object owner) {
    byte[] bytes = data.length == 0 ? data : data.clone();
    Region r = new Region(base, size, kind, readOnly, name, allocSite, allocFunction, serial, bytes);
    r.mmio = mmio;
    r.poison = poison;
    r.uninit = uninit == null ? null : (java.util.BitSet) uninit.clone();
    r.freed = freed;
    r.freeSite = freeSite;
    r.freeFunction = freeFunction;
    r.type = type;
    r.label = label;
    r.frame = frame;
    r.owner = owner;
    return r;
  }

  public long base() {
    return base;
  }

  public int size() {
    return size;
  }

  public Kind kind() {
    return kind;
  }

  public boolean freed() {
    return freed;
  }

  /** The symbol of a global or function; null for anonymous storage. */
  public String name() {
    return name;
  }

  public Span allocSite() {
    return allocSite;
  }

  public String allocFunction() {
    return allocFunction;
  }

  public Span freeSite() {
    return freeSite;
  }

  public String freeFunction() {
    return freeFunction;
  }

  /** The type the C first used this storage as (for heap objects), or null. */
  public Type type() {
    return type;
  }

  public int serial() {
    return serial;
  }

  /** How reports name the object: a symbol, or {@code struct_tag#n} for typed heap objects. */
  public String label() {
    if (name != null) {
      return name;
    }
    return label != null ? label : frame ? "stack of " + allocFunction : kind.name().toLowerCase(java.util.Locale.ROOT) + "#" + serial;
  }

  /** Names the object in reports (the runner names the device-tree nodes it makes). */
  public void setLabel(String label) {
    this.label = label;
  }

  boolean contains(long addr) {
    return addr >= base && addr < base + Math.max(size, 1);
  }

  /** The little-endian value of {@code n} bytes at {@code off}, unchecked: for scans of memory at rest. */
  public long read(int off, int n) {
    byte[] d = data;
    return switch (n) {
      case 1 -> d[off] & 0xFFL;
      case 2 -> (d[off] & 0xFFL) | (d[off + 1] & 0xFFL) << 8;
      case 4 -> (d[off] & 0xFFL) | (d[off + 1] & 0xFFL) << 8 | (d[off + 2] & 0xFFL) << 16 | (d[off + 3] & 0xFFL) << 24;
      default -> {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
          v = v << 8 | (d[off + i] & 0xFFL);
        }
        yield v;
      }
    };
  }

  void write(int off, int n, long v) {
    byte[] d = data;
    for (int i = 0; i < n; i++) {
      d[off + i] = (byte) (v >>> (8 * i));
    }
  }

  /** Marks bytes written by a primitive (memcpy, memset) as holding values. */
  void markInitialised(long addr, int n) {
    if (uninit != null) {
      int off = (int) (addr - base);
      uninit.clear(off, off + n);
      if (uninit.isEmpty()) {
        uninit = null;
      }
    }
  }

  /** Whether any of these bytes is a red zone (between the objects of one allocation). */
  boolean poisoned(long addr, int size) {
    int off = (int) (addr - base);
    for (int i = 0; i < size && off + i < poison.length; i++) {
      if (poison[off + i] != 0) {
        return true;
      }
    }
    return false;
  }

  /** {@code " (freed by F at FILE:LINE)"} once freed, else empty. */
  String freedBy() {
    if (freeSite == null) {
      return "";
    }
    return " (freed by " + (freeFunction == null ? "?" : freeFunction) + " at " + freeSite.fileLine() + ")";
  }

  @Override
  public String toString() {
    return label() + "@0x" + Long.toHexString(base);
  }
}
