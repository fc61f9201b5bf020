/*
 * Xen DMA ops for dom0 (model). The real ones bounce through a swiotlb
 * when a buffer is not machine-contiguous; dom0 on ARM is mapped 1:1, so
 * the model just forwards to the ops arch_setup_dma_ops() chose for the
 * device (saved in dev->archdata.dev_dma_ops).
 */
#include <linux/dma-mapping.h>
#include <linux/export.h>

#include <xen/swiotlb-xen.h>
#include <asm/xen/page-coherent.h>

void *
xen_swiotlb_alloc_coherent(struct device *hwdev, size_t size,
			   dma_addr_t *dma_handle, gfp_t flags,
			   unsigned long attrs)
{
	return xen_alloc_coherent_pages(hwdev, size, dma_handle, flags, attrs);
}
EXPORT_SYMBOL_GPL(xen_swiotlb_alloc_coherent);

void
xen_swiotlb_free_coherent(struct device *hwdev, size_t size, void *vaddr,
			  dma_addr_t dev_addr, unsigned long attrs)
{
	xen_free_coherent_pages(hwdev, size, vaddr, dev_addr, attrs);
}
EXPORT_SYMBOL_GPL(xen_swiotlb_free_coherent);

dma_addr_t xen_swiotlb_map_page(struct device *dev, struct page *page,
				unsigned long offset, size_t size,
				enum dma_data_direction dir,
				unsigned long attrs)
{
	const struct dma_map_ops *ops = xen_get_dma_ops(dev);

	return ops->map_page(dev, page, offset, size, dir, attrs);
}
EXPORT_SYMBOL_GPL(xen_swiotlb_map_page);

void xen_swiotlb_unmap_page(struct device *hwdev, dma_addr_t dev_addr,
			    size_t size, enum dma_data_direction dir,
			    unsigned long attrs)
{
	const struct dma_map_ops *ops = xen_get_dma_ops(hwdev);

	if (ops->unmap_page)
		ops->unmap_page(hwdev, dev_addr, size, dir, attrs);
}
EXPORT_SYMBOL_GPL(xen_swiotlb_unmap_page);

int
xen_swiotlb_dma_mapping_error(struct device *hwdev, dma_addr_t dma_addr)
{
	const struct dma_map_ops *ops = xen_get_dma_ops(hwdev);

	if (ops->mapping_error)
		return ops->mapping_error(hwdev, dma_addr);
	return dma_addr == DMA_ERROR_CODE;
}
EXPORT_SYMBOL_GPL(xen_swiotlb_dma_mapping_error);
