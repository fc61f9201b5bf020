package org.patchreview.scenario;

import java.util.List;
import org.patchreview.hw.Board;
import org.patchreview.hw.DtNode;
import org.patchreview.hw.MmioDevice;

/**
 * Which Device Tree nodes a scenario selector names: {@code clocks} (clock providers), {@code iommus} (IOMMUs),
 * {@code masters} (the other devices with registers), {@code all}, or one node by label.
 */
final class Selectors {
  private Selectors() {}

  static List<DtNode> select(Board board, String selector) {
    return switch (selector) {
      case "clocks" -> board.nodes().stream().filter(Selectors::isClock).toList();
      case "iommus" -> board.nodes().stream().filter(Selectors::isIommu).toList();
      case "masters" -> board.nodes().stream().filter(Selectors::isMaster).toList();
      case "all" -> board.nodes().stream().filter(n -> isClock(n) || isIommu(n) || isMaster(n)).toList();
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
