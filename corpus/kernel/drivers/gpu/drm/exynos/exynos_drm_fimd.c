/*
 * Exynos DRM FIMD display controller (model of v4.12).
 *
 * A component of the Exynos DRM aggregate: probe maps the registers and
 * registers the component, the component's bind moves the device onto
 * the DRM device's shared IOMMU mapping, unbind takes it off, remove
 * deletes the component (which takes the whole DRM device down first).
 * Once on the shared mapping, the model's bind maps one window buffer for
 * streaming DMA (standing for a scanout), so that DMA through broken ops
 * shows.
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
#define VIDCON0			0x00
#define WINCON(x)		(0x20 + ((x) * 4))
#define VIDW_BUF_START(x)	(0xa0 + ((x) * 8))

#define WINCONx_ENWIN		(1 << 0)
#define WINDOWS_NR		5
#define DEFAULT_WIN		0
#define FIMD_WIN_SIZE		4096

struct fimd_context {
	struct device			*dev;
	struct drm_device		*drm_dev;
	void __iomem			*regs;
	unsigned int			pipe;
};

/* Every window off, as the bootloader may have left them on. */
static void fimd_clear_channels(struct fimd_context *ctx)
{
	unsigned int win;

	for (win = 0; win < WINDOWS_NR; win++)
		writel(0, ctx->regs + WINCON(win));
}

/* The model's scanout: one window buffer through the device's DMA ops. */
static int fimd_map_window(struct fimd_context *ctx)
{
	dma_addr_t win_dma;
	void *win;

	win = kzalloc(FIMD_WIN_SIZE, GFP_KERNEL);
	if (!win)
		return -ENOMEM;

	win_dma = dma_map_single(ctx->dev, win, FIMD_WIN_SIZE, DMA_TO_DEVICE);
	if (dma_mapping_error(ctx->dev, win_dma)) {
		kfree(win);
		return -ENOMEM;
	}

	writel(win_dma, ctx->regs + VIDW_BUF_START(DEFAULT_WIN));
	writel(WINCONx_ENWIN, ctx->regs + WINCON(DEFAULT_WIN));

	/* Scanned out at once in the model. */
	writel(0, ctx->regs + WINCON(DEFAULT_WIN));
	dma_unmap_single(ctx->dev, win_dma, FIMD_WIN_SIZE, DMA_TO_DEVICE);
	kfree(win);

	return 0;
}

static int fimd_bind(struct device *dev, struct device *master, void *data)
{
	struct fimd_context *ctx = dev_get_drvdata(dev);
	struct drm_device *drm_dev = data;
	struct exynos_drm_private *priv = drm_dev->dev_private;
	int ret;

	ctx->drm_dev = drm_dev;
	ctx->pipe = priv->pipe++;

	if (is_drm_iommu_supported(drm_dev))
		fimd_clear_channels(ctx);

	ret = drm_iommu_attach_device(drm_dev, dev);
	if (ret) {
		priv->pipe--;
		return ret;
	}

	return fimd_map_window(ctx);
}

static void fimd_unbind(struct device *dev, struct device *master,
			void *data)
{
	struct fimd_context *ctx = dev_get_drvdata(dev);

	writel(0, ctx->regs + VIDCON0);
	drm_iommu_detach_device(ctx->drm_dev, ctx->dev);
}

static const struct component_ops fimd_component_ops = {
	.bind	= fimd_bind,
	.unbind = fimd_unbind,
};

static int fimd_probe(struct platform_device *pdev)
{
	struct device *dev = &pdev->dev;
	struct fimd_context *ctx;
	struct resource *res;

	ctx = devm_kzalloc(dev, sizeof(*ctx), GFP_KERNEL);
	if (!ctx)
		return -ENOMEM;

	ctx->dev = dev;

	res = platform_get_resource(pdev, IORESOURCE_MEM, 0);
	ctx->regs = devm_ioremap_resource(dev, res);
	if (IS_ERR(ctx->regs))
		return PTR_ERR(ctx->regs);

	platform_set_drvdata(pdev, ctx);

	return component_add(dev, &fimd_component_ops);
}

static int fimd_remove(struct platform_device *pdev)
{
	component_del(&pdev->dev, &fimd_component_ops);
	return 0;
}

static const struct of_device_id fimd_driver_dt_match[] = {
	{ .compatible = "samsung,exynos4210-fimd" },
	{},
};

struct platform_driver fimd_driver = {
	.probe		= fimd_probe,
	.remove		= fimd_remove,
	.driver		= {
		.name	= "exynos4-fb",
		.of_match_table = fimd_driver_dt_match,
	},
};
