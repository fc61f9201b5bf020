package org.patchreview.interp;

/** A device's registers as the CPU sees them through an {@code ioremap} window. */
public interface MmioHandler {
  int read32(long offset);

  void write32(long offset, int value);
}
