/*
 * Exynos DRM: what the aggregate driver and its sub-drivers share
 * (model of v4.12).
 */
#ifndef _EXYNOS_DRM_DRV_H_
#define _EXYNOS_DRM_DRV_H_

#include <drm/drmP.h>
#include <linux/platform_device.h>

/*
 * The aggregate's private data. dma_dev is the device whose DMA ops every
 * buffer of the DRM device is allocated through (the first CRTC's);
 * mapping is the IOVA space the sub-devices share.
 */
struct exynos_drm_private {
	struct device *dma_dev;
	void *mapping;

	/* the framebuffer the console scans out, allocated through dma_dev */
	void *fb_vaddr;
	dma_addr_t fb_dma;

	unsigned int pipe;
};

static inline struct device *to_dma_dev(struct drm_device *dev)
{
	struct exynos_drm_private *priv = dev->dev_private;

	return priv->dma_dev;
}

int exynos_drm_fbdev_init(struct drm_device *dev);
void exynos_drm_fbdev_fini(struct drm_device *dev);

extern struct platform_driver fimd_driver;
extern struct platform_driver mixer_driver;

#endif
