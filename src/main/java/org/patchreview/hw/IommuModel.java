package org.patchreview.hw;

/**
 * The register model of an IOMMU: its state (contexts, translation, which masters are routed) is what a run records
 * after each step, unlike a plain register file's.
 */
public interface IommuModel extends MmioDevice {}
