package org.patchreview.hw;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A Renesas IPMMU ("renesas,ipmmu-vmsa") with one translation context: enabling the context with its page table
 * and routing micro-TLBs (one per bus master) to it are hardware events.
 */
public final class IpmmuModel implements IommuModel {
  static final long IMCTR = 0x00;
  static final long IMTTBCR = 0x08;
  static final long IMTTLBR0 = 0x10;
  static final long IMUCTR_BASE = 0x300;
  static final long IMUCTR_STRIDE = 16;
  static final int UTLBS = 32;
  static final int MMUEN = 1;
  static final int FLUSH = 1 << 2;

  private final RegisterFileModel registers;
  private final Consumer<HardwareEvent> sink;

  public IpmmuModel(String name, long size, Consumer<HardwareEvent> sink) {
    this.registers = new RegisterFileModel(name, size);
    this.sink = sink;
  }

  private IpmmuModel(IpmmuModel from, Consumer<HardwareEvent> sink) {
    this.registers = from.registers.copy(sink);
    this.sink = sink;
    this.used.or(from.used);
  }

  @Override
  public IpmmuModel copy(Consumer<HardwareEvent> sink) {
    return new IpmmuModel(this, sink);
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
    return registers.read32(offset);
  }

  private final java.util.BitSet used = new java.util.BitSet();

  @Override
  public void write32(long offset, int value) {
    int before = registers.read32(offset);
    if (offset == IMCTR) {
      // A flush completes at once: the driver polls FLUSH until it reads back clear.
      registers.write32(offset, value & ~FLUSH);
      contextWritten(before, value);
    } else if (utlbOf(offset) >= 0) {
      registers.write32(offset, value);
      used.set(utlbOf(offset));
      utlbWritten(utlbOf(offset), before, value);
    } else {
      registers.write32(offset, value);
    }
  }

  private void contextWritten(int before, int after) {
    if ((before & MMUEN) == 0 && (after & MMUEN) != 0) {
      emit("context 0 enabled, page table " + hex(registers.read32(IMTTLBR0)));
    } else if ((before & MMUEN) != 0 && (after & MMUEN) == 0) {
      emit("context 0 disabled");
    }
  }

  private void utlbWritten(int utlb, int before, int after) {
    boolean wasOn = (before & MMUEN) != 0;
    boolean isOn = (after & MMUEN) != 0;
    if (isOn && (!wasOn || context(before) != context(after))) {
      emit("uTLB " + utlb + " -> context " + context(after));
    } else if (wasOn && !isOn) {
      emit("uTLB " + utlb + " off");
    }
  }

  /** {@code ctx0} (enabled with its page table, or off), then {@code utlbN} ({@code ctxM} or off) for each uTLB used. */
  @Override
  public Map<String, String> state() {
    Map<String, String> state = new LinkedHashMap<>();
    boolean enabled = (registers.read32(IMCTR) & MMUEN) != 0;
    state.put("ctx0", enabled ? "enabled, pt " + hex(registers.read32(IMTTLBR0)) : "off");
    // Every uTLB a driver has programmed since reset, so that a uTLB switched off still shows as off.
    for (int n = used.nextSetBit(0); n >= 0; n = used.nextSetBit(n + 1)) {
      int imuctr = registers.read32(IMUCTR_BASE + IMUCTR_STRIDE * n);
      state.put("utlb" + n, (imuctr & MMUEN) != 0 ? "ctx" + context(imuctr) : "off");
    }
    return state;
  }

  /** Context 0 enabled and the master's uTLB routed to it (the model has one context). */
  @Override
  public boolean translates(java.util.List<Long> args) {
    if ((registers.read32(IMCTR) & MMUEN) == 0 || args.isEmpty() || args.get(0) < 0 || args.get(0) >= UTLBS) {
      return false;
    }
    int imuctr = registers.read32(IMUCTR_BASE + IMUCTR_STRIDE * args.get(0));
    return (imuctr & MMUEN) != 0 && context(imuctr) == 0;
  }

  /** The uTLB whose IMUCTR is at this offset, or -1. */
  private static int utlbOf(long offset) {
    long relative = offset - IMUCTR_BASE;
    if (relative < 0 || relative % IMUCTR_STRIDE != 0 || relative / IMUCTR_STRIDE >= UTLBS) {
      return -1;
    }
    return (int) (relative / IMUCTR_STRIDE);
  }

  // IMUCTR.TTSEL, bits 7:4: the translation context the uTLB uses.
  private static int context(int imuctr) {
    return (imuctr >>> 4) & 0xf;
  }

  private void emit(String what) {
    sink.accept(new HardwareEvent(name(), what));
  }

  static String hex(int value) {
    return String.format("0x%08x", Integer.toUnsignedLong(value));
  }
}
