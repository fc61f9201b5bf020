#ifndef _ASM_ARM_XEN_PAGE_COHERENT_H
#define _ASM_ARM_XEN_PAGE_COHERENT_H

#include <linux/dma-mapping.h>

/*
 * dom0 on ARM is mapped 1:1, so the Xen DMA ops hand the work to the ops
 * arch_setup_dma_ops() chose for the device and saved in its archdata.
 */
static inline const struct dma_map_ops *xen_get_dma_ops(struct device *dev)
{
	if (dev && dev->archdata.dev_dma_ops)
		return dev->archdata.dev_dma_ops;
	return &arm_dma_ops;
}

static inline void *xen_alloc_coherent_pages(struct device *hwdev, size_t size,
		dma_addr_t *dma_handle, gfp_t flags, unsigned long attrs)
{
	return xen_get_dma_ops(hwdev)->alloc(hwdev, size, dma_handle, flags, attrs);
}

static inline void xen_free_coherent_pages(struct device *hwdev, size_t size,
		void *cpu_addr, dma_addr_t dma_handle, unsigned long attrs)
{
	xen_get_dma_ops(hwdev)->free(hwdev, size, cpu_addr, dma_handle, attrs);
}

#endif /* _ASM_ARM_XEN_PAGE_COHERENT_H */
