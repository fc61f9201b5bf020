/*
 * Exynos DRM: the aggregate driver (model of v4.12).
 *
 * Its platform device's probe registers a component master over the
 * display controllers; once each has registered its component, the
 * master's bind creates the DRM device, the IOMMU mapping they all
 * share, binds every component (each attaching its device to that
 * mapping) and allocates the console framebuffer through the DMA
 * device. Unbind undoes it in reverse and releases the mapping.
 *
 * Upstream, exynos_drm_init() registers the "exynos-drm" platform device
 * itself and the master matches its components by driver; the model's
 * devices come from the Device Tree, so the board has a node for it
 * that lists the components in "ports", the first being the DMA device.
 */
#include <linux/component.h>
#include <linux/dma-mapping.h>
#include <linux/err.h>
#include <linux/module.h>
#include <linux/of.h>
#include <linux/of_platform.h>
#include <linux/platform_device.h>
#include <linux/slab.h>

#include "exynos_drm_drv.h"
#include "exynos_drm_iommu.h"

static struct drm_driver exynos_drm_driver = {
	.name	= "exynos",
	.desc	= "Samsung SoC DRM",
};

/* The first CRTC device does every DMA mapping of the DRM device. */
static struct device *exynos_drm_get_dma_device(struct device *dev)
{
	struct device_node *np;
	struct platform_device *pdev;

	np = of_parse_phandle(dev->of_node, "ports", 0);
	if (!np)
		return NULL;

	pdev = of_find_device_by_node(np);
	if (!pdev)
		return NULL;

	put_device(&pdev->dev);
	return &pdev->dev;
}

static int exynos_drm_bind(struct device *dev)
{
	struct exynos_drm_private *private;
	struct drm_device *drm;
	int ret;

	drm = drm_dev_alloc(&exynos_drm_driver, dev);
	if (IS_ERR(drm))
		return PTR_ERR(drm);

	private = kzalloc(sizeof(struct exynos_drm_private), GFP_KERNEL);
	if (!private) {
		ret = -ENOMEM;
		goto err_free_drm;
	}

	dev_set_drvdata(dev, drm);
	drm->dev_private = (void *)private;

	private->dma_dev = exynos_drm_get_dma_device(dev);
	if (!private->dma_dev) {
		DRM_ERROR("no device found for DMA mapping operations.\n");
		ret = -ENODEV;
		goto err_free_private;
	}
	DRM_INFO("Exynos DRM: using %s device for DMA mapping operations\n",
		 dev_name(private->dma_dev));

	/* One IOMMU mapping for every device of the DRM device. */
	ret = drm_create_iommu_mapping(drm);
	if (ret < 0) {
		DRM_ERROR("failed to create iommu mapping.\n");
		goto err_free_private;
	}

	/* Try to bind all sub drivers. */
	ret = component_bind_all(drm->dev, drm);
	if (ret)
		goto err_release_mapping;

	ret = exynos_drm_fbdev_init(drm);
	if (ret)
		goto err_unbind_all;

	ret = drm_dev_register(drm, 0);
	if (ret < 0)
		goto err_cleanup_fbdev;

	return 0;

err_cleanup_fbdev:
	exynos_drm_fbdev_fini(drm);
err_unbind_all:
	component_unbind_all(drm->dev, drm);
err_release_mapping:
	drm_release_iommu_mapping(drm);
err_free_private:
	kfree(private);
err_free_drm:
	drm_dev_unref(drm);

	return ret;
}

static void exynos_drm_unbind(struct device *dev)
{
	struct drm_device *drm = dev_get_drvdata(dev);

	drm_dev_unregister(drm);

	exynos_drm_fbdev_fini(drm);

	component_unbind_all(drm->dev, drm);
	drm_release_iommu_mapping(drm);

	kfree(drm->dev_private);
	drm->dev_private = NULL;

	drm_dev_unref(drm);
}

static const struct component_master_ops exynos_drm_ops = {
	.bind		= exynos_drm_bind,
	.unbind		= exynos_drm_unbind,
};

static int compare_of(struct device *dev, void *data)
{
	return dev->of_node == data;
}

/* A match entry for each device the node's "ports" lists. */
static struct component_match *exynos_drm_match_add(struct device *dev)
{
	struct component_match *match = NULL;
	struct device_node *np;
	int i;

	for (i = 0; ; i++) {
		np = of_parse_phandle(dev->of_node, "ports", i);
		if (!np)
			break;
		component_match_add(dev, &match, compare_of, np);
	}

	if (!match)
		return ERR_PTR(-ENODEV);
	return match;
}

static int exynos_drm_platform_probe(struct platform_device *pdev)
{
	struct component_match *match;

	match = exynos_drm_match_add(&pdev->dev);
	if (IS_ERR(match))
		return PTR_ERR(match);

	return component_master_add_with_match(&pdev->dev, &exynos_drm_ops,
					       match);
}

static int exynos_drm_platform_remove(struct platform_device *pdev)
{
	component_master_del(&pdev->dev, &exynos_drm_ops);
	return 0;
}

static const struct of_device_id exynos_drm_match[] = {
	{ .compatible = "samsung,exynos-drm" },
	{},
};

static struct platform_driver exynos_drm_platform_driver = {
	.probe	= exynos_drm_platform_probe,
	.remove	= exynos_drm_platform_remove,
	.driver	= {
		.name	= "exynos-drm",
		.of_match_table = exynos_drm_match,
	},
};

/* The sub-drivers first, then the aggregate, as exynos_drm_init() does. */
static struct platform_driver *const exynos_drm_drivers[] = {
#ifdef CONFIG_DRM_EXYNOS_FIMD
	&fimd_driver,
#endif
#ifdef CONFIG_DRM_EXYNOS_MIXER
	&mixer_driver,
#endif
	&exynos_drm_platform_driver,
};

static int exynos_drm_init(void)
{
	int i, ret;

	for (i = 0; i < ARRAY_SIZE(exynos_drm_drivers); i++) {
		ret = platform_driver_register(exynos_drm_drivers[i]);
		if (ret)
			goto err_unregister;
	}

	return 0;

err_unregister:
	while (--i >= 0)
		platform_driver_unregister(exynos_drm_drivers[i]);
	return ret;
}

module_init(exynos_drm_init);
