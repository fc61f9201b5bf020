package org.patchreview.interp;

/** A device's registers as the CPU sees them through an {@code ioremap} window. */
public interface MmioHandler {
  int read32(long offset);

  void write32(long offset, int value);

  /** The same window onto the registers of {@code environment}'s devices (a copied machine's copied models). */
  default MmioHandler on(Environment environment) {
    return this;
  }
}
