/*
 * kernel/dma/direct.c - DMA for devices without DMA ops (model).
 *
 * Coherent buffers are plain zeroed pages whose handle is their bus
 * address; a streaming mapping is the bus address of the buffer. Like
 * the real thing, a buffer is freed from its handle, so a handle that is
 * not a bus address (an IOVA, say) frees some other memory.
 */
#include <linux/dma-direct.h>
#include <linux/dma-mapping.h>
#include <linux/export.h>
#include <linux/mm.h>
#include <linux/string.h>

void *dma_direct_alloc(struct device *dev, size_t size,
		dma_addr_t *dma_handle, gfp_t gfp, unsigned long attrs)
{
	void *ret;

	size = PAGE_ALIGN(size);
	ret = alloc_pages_exact(size, gfp);
	if (!ret)
		return NULL;

	memset(ret, 0, size);
	*dma_handle = phys_to_dma(dev, virt_to_phys(ret));
	return ret;
}
EXPORT_SYMBOL(dma_direct_alloc);

void dma_direct_free(struct device *dev, size_t size,
		void *cpu_addr, dma_addr_t dma_addr, unsigned long attrs)
{
	void *vaddr = phys_to_virt(dma_to_phys(dev, dma_addr));

	free_pages_exact(vaddr, PAGE_ALIGN(size));
}
EXPORT_SYMBOL(dma_direct_free);

dma_addr_t dma_direct_map_page(struct device *dev, struct page *page,
		unsigned long offset, size_t size, enum dma_data_direction dir,
		unsigned long attrs)
{
	return phys_to_dma(dev, page_to_phys(page)) + offset;
}
EXPORT_SYMBOL(dma_direct_map_page);

void dma_direct_unmap_page(struct device *dev, dma_addr_t addr,
		size_t size, enum dma_data_direction dir, unsigned long attrs)
{
	/* Nothing was set up, nothing to undo. */
}
EXPORT_SYMBOL(dma_direct_unmap_page);
