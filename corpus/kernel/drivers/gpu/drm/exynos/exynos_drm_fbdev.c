/*
 * Exynos DRM: the console framebuffer (model).
 *
 * One buffer, allocated when the DRM device binds through its DMA device
 * (upstream through a GEM object, with dma_alloc_attrs() on
 * to_dma_dev()), so it lives in the shared IOMMU mapping.
 */
#include <linux/dma-mapping.h>
#include <linux/err.h>

#include "exynos_drm_drv.h"

#define EXYNOS_FBDEV_SIZE	(4096 * 4)

int exynos_drm_fbdev_init(struct drm_device *dev)
{
	struct exynos_drm_private *priv = dev->dev_private;

	priv->fb_vaddr = dma_alloc_attrs(to_dma_dev(dev), EXYNOS_FBDEV_SIZE,
					 &priv->fb_dma, GFP_KERNEL,
					 DMA_ATTR_WRITE_COMBINE);
	if (!priv->fb_vaddr) {
		DRM_ERROR("failed to allocate buffer.\n");
		return -ENOMEM;
	}

	return 0;
}

void exynos_drm_fbdev_fini(struct drm_device *dev)
{
	struct exynos_drm_private *priv = dev->dev_private;

	if (!priv->fb_vaddr)
		return;

	dma_free_attrs(to_dma_dev(dev), EXYNOS_FBDEV_SIZE, priv->fb_vaddr,
		       priv->fb_dma, DMA_ATTR_WRITE_COMBINE);
	priv->fb_vaddr = NULL;
}
