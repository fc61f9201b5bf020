package org.patchreview.hw;

/**
 * The register model of an IOMMU: its state (contexts, translation, which masters are routed) is what a run records
 * after each step, unlike a plain register file's.
 */
public interface IommuModel extends MmioDevice {
  /**
   * Whether the hardware translates the DMA of the master its firmware names with these {@code iommus} argument
   * cells now (an IPMMU's uTLB number; none for an Exynos System MMU, which serves one master).
   */
  boolean translates(java.util.List<Long> args);
}
