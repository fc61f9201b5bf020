package org.patchreview.hw;

/** Something the hardware did in response to a register write, such as {@code context 0 enabled, page table ...}. */
public record HardwareEvent(String device, String what) {

  @Override
  public String toString() {
    return device + ": " + what;
  }
}
