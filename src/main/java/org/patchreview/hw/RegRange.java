package org.patchreview.hw;

/** One {@code (address, size)} entry of a {@code reg} property, in the parent bus's address space. */
public record RegRange(long address, long size) {

  @Override
  public String toString() {
    return String.format("0x%x+0x%x", address, size);
  }
}
