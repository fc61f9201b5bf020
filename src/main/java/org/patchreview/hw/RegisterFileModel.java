package org.patchreview.hw;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The model for any device without a specific one: reads return the last value written, 0 at reset. */
public final class RegisterFileModel implements MmioDevice {
  private final String name;
  private final long size;
  private final TreeMap<Long, Integer> registers = new TreeMap<>();

  public RegisterFileModel(String name, long size) {
    this.name = name;
    this.size = size;
  }

  @Override
  public RegisterFileModel copy(java.util.function.Consumer<HardwareEvent> sink) {
    RegisterFileModel copy = new RegisterFileModel(name, size);
    copy.registers.putAll(registers);
    return copy;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public int read32(long offset) {
    return registers.getOrDefault(offset, 0);
  }

  @Override
  public void write32(long offset, int value) {
    registers.put(offset, value);
  }

  /** Every register written so far, by offset ({@code 0x010 -> 0x00000001}). */
  @Override
  public Map<String, String> state() {
    Map<String, String> state = new LinkedHashMap<>();
    registers.forEach((offset, value) -> state.put(String.format("0x%03x", offset), String.format("0x%08x", value)));
    return state;
  }
}
