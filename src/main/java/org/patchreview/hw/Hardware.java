package org.patchreview.hw;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The hardware of one run: a register model for every node with an MMIO window, chosen by compatible, all
 * reporting events to one sink. Models keep state, so each run builds its own.
 */
public final class Hardware {
  private final List<MmioWindow> windows;
  private final Map<DtNode, MmioDevice> byNode = new IdentityHashMap<>();

  private Hardware(List<MmioWindow> windows) {
    this.windows = List.copyOf(windows);
    windows.forEach(w -> byNode.put(w.node(), w.device()));
  }

  /** Models for the board's nodes that have a {@code reg} window in the CPU's address space, in node order. */
  public static Hardware of(Board board, Consumer<HardwareEvent> sink) {
    List<MmioWindow> windows = new ArrayList<>();
    for (DtNode node : board.nodes()) {
      if (!isCpuAddressable(node)) {
        continue;
      }
      List<RegRange> reg = node.reg();
      if (reg.isEmpty() || reg.get(0).size() <= 0) {
        continue;
      }
      RegRange first = reg.get(0);
      windows.add(new MmioWindow(node, model(node, eventName(node), first.size(), sink), first.address(), 0));
    }
    return new Hardware(windows);
  }

  /**
   * The same hardware in its present state, reporting to {@code sink}, for a copy of a run; empty when a model cannot
   * be copied ({@link MmioDevice#copy}).
   */
  public Optional<Hardware> copy(Consumer<HardwareEvent> sink) {
    List<MmioWindow> copies = new ArrayList<>();
    for (MmioWindow w : windows) {
      MmioDevice d = w.device().copy(sink);
      if (d == null) {
        return Optional.empty();
      }
      copies.add(new MmioWindow(w.node(), d, w.base(), w.offset()));
    }
    return Optional.of(new Hardware(copies));
  }

  /** Makes the register model of one node: its event name, window size and where its events go. */
  @FunctionalInterface
  private interface ModelMaker {
    MmioDevice make(String name, long size, Consumer<HardwareEvent> sink);
  }

  /**
   * The device models by the {@code compatible} string they answer to, looked up in the node's order of preference;
   * a node none of them answers gets a plain register file. A new model is one line here.
   */
  private static final Map<String, ModelMaker> MODELS = Map.of(
      "renesas,ipmmu-vmsa", IpmmuModel::new,
      "samsung,exynos-sysmmu", SysmmuModel::new);

  private static MmioDevice model(DtNode node, String name, long size, Consumer<HardwareEvent> sink) {
    for (String compatible : node.compatible()) {
      ModelMaker maker = MODELS.get(compatible);
      if (maker != null) {
        return maker.make(name, size, sink);
      }
    }
    return new RegisterFileModel(name, size);
  }

  // reg is in the parent bus's address space; only children of the root, or of buses whose empty "ranges"
  // maps 1:1, are at the same address for the CPU. Translation through non-empty ranges is not modelled.
  private static boolean isCpuAddressable(DtNode node) {
    Optional<DtNode> parent = node.parent();
    if (parent.isEmpty()) {
      return false;
    }
    for (DtNode bus = parent.get(); bus.parent().isPresent(); bus = bus.parent().get()) {
      if (!bus.property("ranges").map(DtProperty::isEmpty).orElse(false)) {
        return false;
      }
    }
    return true;
  }

  /** The node's first label, else its name with unit address. */
  static String eventName(DtNode node) {
    return node.labels().isEmpty() ? node.fullName() : node.labels().get(0);
  }

  /** The register model of a node, if it has an MMIO window. */
  public Optional<MmioDevice> mmioFor(DtNode node) {
    return Optional.ofNullable(byNode.get(node));
  }

  /** Every model, in node order. */
  public List<MmioDevice> models() {
    return windows.stream().map(MmioWindow::device).toList();
  }

  /** Every window (offset 0), in node order. */
  public List<MmioWindow> windows() {
    return windows;
  }

  /** The window holding a physical address, with the offset into it; the first in node order if windows overlap. */
  public Optional<MmioWindow> at(long phys) {
    for (MmioWindow w : windows) {
      if (Long.compareUnsigned(phys, w.base()) >= 0 && Long.compareUnsigned(phys - w.base(), w.device().size()) < 0) {
        return Optional.of(new MmioWindow(w.node(), w.device(), w.base(), phys - w.base()));
      }
    }
    return Optional.empty();
  }
}
