package org.patchreview.hw;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A Samsung Exynos System MMU ("samsung,exynos-sysmmu"): one translation context for its single master, enabled
 * and disabled through {@code MMU_CTRL} with the page table in {@code MMU_PT_BASE}.
 */
public final class SysmmuModel implements IommuModel {
  static final long MMU_CTRL = 0x000;
  static final long MMU_FLUSH = 0x00c;
  static final long MMU_PT_BASE = 0x014;
  static final int ENABLE = 1;

  private final RegisterFileModel registers;
  private final Consumer<HardwareEvent> sink;

  public SysmmuModel(String name, long size, Consumer<HardwareEvent> sink) {
    this.registers = new RegisterFileModel(name, size);
    this.sink = sink;
  }

  private SysmmuModel(SysmmuModel from, Consumer<HardwareEvent> sink) {
    this.registers = from.registers.copy(sink);
    this.sink = sink;
  }

  @Override
  public SysmmuModel copy(Consumer<HardwareEvent> sink) {
    return new SysmmuModel(this, sink);
  }

  @Override
  public String name() {
    return registers.name();
  }

  @Override
  public long size() {
    return registers.size();
  }

  @Override
  public int read32(long offset) {
    // A flush is done as soon as it is asked for.
    return offset == MMU_FLUSH ? 0 : registers.read32(offset);
  }

  @Override
  public void write32(long offset, int value) {
    int before = registers.read32(offset);
    registers.write32(offset, value);
    if (offset != MMU_CTRL) {
      return;
    }
    if ((before & ENABLE) == 0 && (value & ENABLE) != 0) {
      sink.accept(new HardwareEvent(name(), "enabled, page table " + IpmmuModel.hex(registers.read32(MMU_PT_BASE))));
    } else if ((before & ENABLE) != 0 && (value & ENABLE) == 0) {
      sink.accept(new HardwareEvent(name(), "disabled"));
    }
  }

  /** Enabled: a System MMU serves its one master. */
  @Override
  public boolean translates(java.util.List<Long> args) {
    return (registers.read32(MMU_CTRL) & ENABLE) != 0;
  }

  /** {@code mmu}: enabled with its page table, or off. */
  @Override
  public Map<String, String> state() {
    Map<String, String> state = new LinkedHashMap<>();
    boolean enabled = (registers.read32(MMU_CTRL) & ENABLE) != 0;
    state.put("mmu", enabled ? "enabled, pt " + IpmmuModel.hex(registers.read32(MMU_PT_BASE)) : "off");
    return state;
  }
}
