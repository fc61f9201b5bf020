/*
 * The DMA ops Xen's dom0 gives every device: arch_setup_dma_ops() saves
 * the device's own ops in archdata.dev_dma_ops and installs these.
 */
#include <linux/dma-mapping.h>
#include <linux/init.h>
#include <linux/export.h>

#include <xen/xen.h>
#include <xen/swiotlb-xen.h>
#include <asm/xen/hypervisor.h>

const struct dma_map_ops *xen_dma_ops;
EXPORT_SYMBOL(xen_dma_ops);

static const struct dma_map_ops xen_swiotlb_dma_ops = {
	.alloc = xen_swiotlb_alloc_coherent,
	.free = xen_swiotlb_free_coherent,
	.map_page = xen_swiotlb_map_page,
	.unmap_page = xen_swiotlb_unmap_page,
	.mapping_error = xen_swiotlb_dma_mapping_error,
};

/* After xen_guest_init() (core) has decided whether we are dom0. */
static int __init xen_mm_init(void)
{
	if (!xen_initial_domain())
		return 0;

	xen_dma_ops = &xen_swiotlb_dma_ops;
	return 0;
}
arch_initcall(xen_mm_init);
