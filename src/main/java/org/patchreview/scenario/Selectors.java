package org.patchreview.scenario;

import java.util.List;
import org.patchreview.hw.Board;
import org.patchreview.hw.DtNode;
import org.patchreview.hw.MmioDevice;

/**
 * Which Device Tree nodes a scenario selector names: {@code clocks} (clock providers), {@code iommus} (IOMMUs),
 * {@code masters} (the other devices with registers), {@code aggregates} (devices without registers that bind the
 * devices their {@code ports} list as one, such as the Exynos DRM component master), {@code all}, or one node by
 * label.
 */
final class Selectors {
  private Selectors() {}

  static List<DtNode> select(Board board, String selector) {
    return switch (selector) {
      case "clocks" -> board.nodes().stream().filter(Selectors::isClock).toList();
      case "iommus" -> board.nodes().stream().filter(Selectors::isIommu).toList();
      case "masters" -> board.nodes().stream().filter(Selectors::isMaster).toList();
      case "aggregates" -> board.nodes().stream().filter(Selectors::isAggregate).toList();
      case "all" -> board.nodes().stream()
          .filter(n -> isClock(n) || isIommu(n) || isMaster(n) || isAggregate(n)).toList();
      default -> board.byLabel(selector).map(List::of).orElse(List.of());
    };
  }

  static boolean isClock(DtNode n) {
    return device(n) && n.hasProperty("#clock-cells");
  }

  static boolean isIommu(DtNode n) {
    return device(n) && n.hasProperty("#iommu-cells");
  }

  static boolean isMaster(DtNode n) {
    return device(n) && n.hasProperty("reg") && !isClock(n) && !isIommu(n);
  }

  /** A component master: no registers of its own, the devices it binds listed in {@code ports}. */
  static boolean isAggregate(DtNode n) {
    return device(n) && n.hasProperty("ports") && !n.hasProperty("reg");
  }

  private static boolean device(DtNode n) {
    return n.parent().isPresent() && n.hasProperty("compatible") && n.isAvailable();
  }

  /** How reports name a node's device: its first label, else its name with unit address. */
  static String name(DtNode n) {
    return n.labels().isEmpty() ? n.fullName() : n.labels().get(0);
  }

  static boolean isIommuModel(MmioDevice d) {
    return d instanceof org.patchreview.hw.IommuModel;
  }
}
