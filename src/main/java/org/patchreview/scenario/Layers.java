package org.patchreview.scenario;

import java.util.List;
import org.patchreview.interp.FunctionSymbol;

/**
 * The layers whose calls a trace records: the DMA-mapping API and its ARM implementation, DMA configuration, the
 * IOMMU core and the IOMMU drivers. A call is recorded when it enters one of these files from outside it, or
 * reaches a function the file exports; calls inside a file between its own static helpers are its business.
 */
final class Layers {
  private static final List<String> FILES = List.of(
      "arch/arm/mm/dma-mapping.c",
      "arch/arm/include/asm/dma-mapping.h",
      "arch/arm/include/asm/dma-iommu.h",
      "include/linux/dma-mapping.h",
      "drivers/base/dma-mapping.c",
      "drivers/of/device.c",
      "drivers/iommu/iommu.c",
      "drivers/iommu/of_iommu.c",
      "drivers/iommu/ipmmu-vmsa.c",
      "drivers/iommu/exynos-iommu.c");

  private Layers() {}

  static boolean traced(FunctionSymbol f) {
    return f.isDefined() && FILES.contains(f.file());
  }
}
