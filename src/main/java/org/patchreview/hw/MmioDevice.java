package org.patchreview.hw;

import java.util.Map;

/** A register model behind one MMIO window: what {@code readl} and {@code writel} reach. */
public interface MmioDevice {

  /** The name hardware events carry: the node's first label, else its name with unit address. */
  String name();

  /** The window's size in bytes; offsets are below it. */
  long size();

  int read32(long offset);

  void write32(long offset, int value);

  /** The state the runner records after each step, in a stable order. */
  Map<String, String> state();

  /**
   * A model in this one's state that reports its events to {@code sink}, for a copy of a run; null when the model
   * cannot be copied (such a run is replayed instead).
   */
  default MmioDevice copy(java.util.function.Consumer<HardwareEvent> sink) {
    return null;
  }
}
