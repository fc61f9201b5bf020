package org.patchreview.interp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The program image sorted by address, shared by every run of a program. Functions and string literals are read-only,
 * so their regions are shared too; a run copies a global only when it first touches it.
 */
final class ImageIndex {
  final long[] bases;
  final Program.Placed[] placed;
  final Region[] shared;

  ImageIndex(List<Program.Placed> regions) {
    List<Program.Placed> sorted = new ArrayList<>(regions);
    sorted.sort(Comparator.comparingLong(Program.Placed::base));
    placed = sorted.toArray(new Program.Placed[0]);
    bases = new long[placed.length];
    shared = new Region[placed.length];
    for (int i = 0; i < placed.length; i++) {
      Program.Placed p = placed[i];
      bases[i] = p.base();
      if (p.kind() != Region.Kind.GLOBAL) {
        shared[i] = new Region(p.base(), p.size(), p.kind(), true, p.name(), p.site(), null, 0, p.data());
      }
    }
  }

  int size() {
    return placed.length;
  }

  /** The index of the last region starting at or below {@code addr}, or -1. */
  int floor(long addr) {
    int lo = 0;
    int hi = bases.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (bases[mid] <= addr) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** A run's own copy of global {@code i}, with its initial bytes. */
  Region copyOfGlobal(int i) {
    Program.Placed p = placed[i];
    Region r = new Region(p.base(), p.size(), p.kind(), false, p.name(), p.site(), null, 0, null);
    if (p.data() != null) {
      System.arraycopy(p.data(), 0, r.data, 0, Math.min(p.data().length, r.data.length));
    }
    return r;
  }
}
