/*
 * DMA for devices whose DMA ops are NULL (model).
 *
 * Such a device does DMA straight to memory: its handles are bus
 * addresses. The model has no caches, so coherent and non-coherent
 * devices are served alike and nothing is flushed.
 *
 * Upstream grew this between v4.17 and v5.10; on 32-bit ARM no device
 * reaches it until the ARM DMA ops are dropped for it (v5.19), because
 * until then get_arch_dma_ops() never returns NULL.
 */
#ifndef _LINUX_DMA_DIRECT_H
#define _LINUX_DMA_DIRECT_H

#include <linux/types.h>
#include <linux/dma-mapping.h>

/* One window of a device's view of memory, from its dma-ranges. */
struct bus_dma_region {
	phys_addr_t	cpu_start;
	dma_addr_t	dma_start;
	u64		size;
};

#endif /* _LINUX_DMA_DIRECT_H */
