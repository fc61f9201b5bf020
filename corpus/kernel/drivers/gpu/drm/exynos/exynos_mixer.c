/*
 * Exynos HDMI mixer (model of v4.12).
 *
 * A component of the Exynos DRM aggregate, like FIMD: its bind
 * (mixer_initialize()) moves the device onto the DRM device's shared
 * IOMMU mapping, its unbind (mixer_ctx_remove()) takes it off. The
 * model's bind then maps one layer buffer for streaming DMA.
 */
#include <linux/component.h>
#include <linux/dma-mapping.h>
#include <linux/err.h>
#include <linux/io.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/of.h>
#include <linux/platform_device.h>
#include <linux/slab.h>

#include "exynos_drm_drv.h"
#include "exynos_drm_iommu.h"

/* Registers (the model's register file keeps what is written). */
#define MXR_STATUS		0x0000
#define MXR_GRAPHIC_BASE(i)	(0x0120 + (i) * 0x20)

#define MXR_STATUS_REG_RUN	(1 << 0)
#define MIXER_LAYER_SIZE	4096

struct mixer_context {
	struct platform_device	*pdev;
	struct device		*dev;
	struct drm_device	*drm_dev;
	void __iomem		*mixer_regs;
	int			pipe;
};

/* The model's scanout: one graphic layer through the device's DMA ops. */
static int mixer_map_layer(struct mixer_context *ctx)
{
	dma_addr_t layer_dma;
	void *layer;

	layer = kzalloc(MIXER_LAYER_SIZE, GFP_KERNEL);
	if (!layer)
		return -ENOMEM;

	layer_dma = dma_map_single(ctx->dev, layer, MIXER_LAYER_SIZE,
				   DMA_TO_DEVICE);
	if (dma_mapping_error(ctx->dev, layer_dma)) {
		kfree(layer);
		return -ENOMEM;
	}

	writel(layer_dma, ctx->mixer_regs + MXR_GRAPHIC_BASE(0));
	writel(MXR_STATUS_REG_RUN, ctx->mixer_regs + MXR_STATUS);

	/* Shown at once in the model. */
	writel(0, ctx->mixer_regs + MXR_STATUS);
	dma_unmap_single(ctx->dev, layer_dma, MIXER_LAYER_SIZE, DMA_TO_DEVICE);
	kfree(layer);

	return 0;
}

static int mixer_initialize(struct mixer_context *mixer_ctx,
			    struct drm_device *drm_dev)
{
	struct exynos_drm_private *priv = drm_dev->dev_private;
	int ret;

	mixer_ctx->drm_dev = drm_dev;
	mixer_ctx->pipe = priv->pipe++;

	ret = drm_iommu_attach_device(drm_dev, mixer_ctx->dev);
	if (ret) {
		priv->pipe--;
		return ret;
	}

	return 0;
}

static void mixer_ctx_remove(struct mixer_context *mixer_ctx)
{
	drm_iommu_detach_device(mixer_ctx->drm_dev, mixer_ctx->dev);
}

static int mixer_bind(struct device *dev, struct device *manager, void *data)
{
	struct mixer_context *ctx = dev_get_drvdata(dev);
	struct drm_device *drm_dev = data;
	int ret;

	ret = mixer_initialize(ctx, drm_dev);
	if (ret)
		return ret;

	return mixer_map_layer(ctx);
}

static void mixer_unbind(struct device *dev, struct device *master, void *data)
{
	struct mixer_context *ctx = dev_get_drvdata(dev);

	writel(0, ctx->mixer_regs + MXR_STATUS);
	mixer_ctx_remove(ctx);
}

static const struct component_ops mixer_component_ops = {
	.bind	= mixer_bind,
	.unbind	= mixer_unbind,
};

static int mixer_probe(struct platform_device *pdev)
{
	struct device *dev = &pdev->dev;
	struct mixer_context *ctx;
	struct resource *res;

	ctx = devm_kzalloc(&pdev->dev, sizeof(*ctx), GFP_KERNEL);
	if (!ctx)
		return -ENOMEM;

	ctx->pdev = pdev;
	ctx->dev = dev;

	res = platform_get_resource(pdev, IORESOURCE_MEM, 0);
	ctx->mixer_regs = devm_ioremap_resource(dev, res);
	if (IS_ERR(ctx->mixer_regs))
		return PTR_ERR(ctx->mixer_regs);

	platform_set_drvdata(pdev, ctx);

	return component_add(&pdev->dev, &mixer_component_ops);
}

static int mixer_remove(struct platform_device *pdev)
{
	component_del(&pdev->dev, &mixer_component_ops);
	return 0;
}

static const struct of_device_id mixer_match_types[] = {
	{ .compatible = "samsung,exynos4212-mixer" },
	{},
};

struct platform_driver mixer_driver = {
	.probe		= mixer_probe,
	.remove		= mixer_remove,
	.driver		= {
		.name	= "mixer-exynos",
		.of_match_table = mixer_match_types,
	},
};
