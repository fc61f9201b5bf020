/*
 * drivers/base/dma-mapping.c - DMA configuration at probe time and
 * managed coherent buffers (model of v4.12).
 */

#include <linux/dma-mapping.h>
#include <linux/export.h>
#include <linux/of_device.h>
#include <linux/slab.h>

/* A coherent buffer owned by devres. */
struct dma_devres {
	size_t		size;
	void		*vaddr;
	dma_addr_t	dma_handle;
	unsigned long	attrs;
};

static void dmam_release(struct device *dev, void *res)
{
	struct dma_devres *this = res;

	/* Goes through whatever DMA ops the device has at this point. */
	dma_free_attrs(dev, this->size, this->vaddr, this->dma_handle,
			this->attrs);
}

static int dmam_match(struct device *dev, void *res, void *match_data)
{
	struct dma_devres *this = res, *match = match_data;

	if (this->vaddr == match->vaddr) {
		WARN_ON(this->size != match->size ||
			this->dma_handle != match->dma_handle);
		return 1;
	}
	return 0;
}

/*
 * dma_alloc_coherent() whose buffer devres frees when the driver
 * unbinds or its probe fails.
 */
void *dmam_alloc_coherent(struct device *dev, size_t size,
			   dma_addr_t *dma_handle, gfp_t gfp)
{
	struct dma_devres *dr;
	void *vaddr;

	dr = devres_alloc(dmam_release, sizeof(*dr), gfp);
	if (!dr)
		return NULL;

	vaddr = dma_alloc_coherent(dev, size, dma_handle, gfp);
	if (!vaddr) {
		devres_free(dr);
		return NULL;
	}

	dr->vaddr = vaddr;
	dr->dma_handle = *dma_handle;
	dr->size = size;

	devres_add(dev, dr);

	return vaddr;
}
EXPORT_SYMBOL(dmam_alloc_coherent);

void dmam_free_coherent(struct device *dev, size_t size, void *vaddr,
			dma_addr_t dma_handle)
{
	struct dma_devres match_data = { size, vaddr, dma_handle };

	dma_free_coherent(dev, size, vaddr, dma_handle);
	WARN_ON(devres_destroy(dev, dmam_release, dmam_match, &match_data));
}
EXPORT_SYMBOL(dmam_free_coherent);

/*
 * Called from really_probe() before the driver's probe: set up the DMA
 * ops from the firmware description. May return -EPROBE_DEFER.
 */
int dma_configure(struct device *dev)
{
	struct device *dma_dev = dev;
	int ret = 0;

	if (dma_dev->of_node)
		ret = of_dma_configure(dev, dma_dev->of_node);

	return ret;
}

/* Called when the probe failed and when the driver unbinds. */
void dma_deconfigure(struct device *dev)
{
	of_dma_deconfigure(dev);
}
