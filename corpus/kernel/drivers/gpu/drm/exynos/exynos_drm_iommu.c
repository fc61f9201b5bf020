/*
 * Exynos DRM: one IOMMU mapping for every sub-device (model of v4.12).
 *
 * The aggregate creates the mapping at bind; each sub-driver's bind
 * moves its device onto it, and its unbind takes it off again. The
 * mapping the device had before (arch_setup_dma_ops()'s) is not kept.
 * The per-device dma_parms of upstream (maximum segment size) are not
 * modelled.
 */
#include <linux/dma-mapping.h>
#include <linux/err.h>
#include <linux/iommu.h>
#include <linux/platform_device.h>

#include "exynos_drm_drv.h"
#include "exynos_drm_iommu.h"

int drm_create_iommu_mapping(struct drm_device *drm_dev)
{
	struct exynos_drm_private *priv = drm_dev->dev_private;

	return __exynos_iommu_create_mapping(priv, EXYNOS_DEV_ADDR_START,
					     EXYNOS_DEV_ADDR_SIZE);
}

void drm_release_iommu_mapping(struct drm_device *drm_dev)
{
	struct exynos_drm_private *priv = drm_dev->dev_private;

	__exynos_iommu_release_mapping(priv);
}

/*
 * Called by a sub-driver's bind. A device whose DMA ops differ from the
 * DMA device's (no IOMMU behind it) cannot share the mapping. A failed
 * attach is not passed on: the caller is told all went well.
 */
int drm_iommu_attach_device(struct drm_device *drm_dev,
			    struct device *subdrv_dev)
{
	struct exynos_drm_private *priv = drm_dev->dev_private;
	int ret;

	if (get_dma_ops(priv->dma_dev) != get_dma_ops(subdrv_dev)) {
		DRM_ERROR("Device %s lacks support for IOMMU\n",
			  dev_name(subdrv_dev));
		return -EINVAL;
	}

	ret = __exynos_iommu_attach(priv, subdrv_dev);
	if (ret)
		dev_dbg(subdrv_dev, "attach to the DRM mapping failed: %d\n",
			ret);

	return 0;
}

/* Called by a sub-driver's unbind. */
void drm_iommu_detach_device(struct drm_device *drm_dev,
			     struct device *subdrv_dev)
{
	struct exynos_drm_private *priv = drm_dev->dev_private;

	__exynos_iommu_detach(priv, subdrv_dev);
}
