package org.patchreview.hw;

/** A physical address resolved to the node and register model whose window holds it, and the offset within. */
public record MmioWindow(DtNode node, MmioDevice device, long base, long offset) {}
