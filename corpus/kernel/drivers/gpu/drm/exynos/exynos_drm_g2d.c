/*
 * Samsung Exynos G2D 2D graphics engine (model).
 *
 * Probe takes the gate clock, maps the registers, allocates the command
 * list pool with dma_alloc_attrs() (freed by remove) and runs one blit
 * from a buffer mapped for streaming DMA.
 */
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/of.h>
#include <linux/platform_device.h>
#include <linux/clk.h>
#include <linux/dma-mapping.h>
#include <linux/err.h>
#include <linux/io.h>
#include <linux/slab.h>

/* Registers (the model's register file keeps what is written). */
#define G2D_SOFT_RESET			0x0000
#define G2D_DMA_SFR_BASE_ADDR		0x0080
#define G2D_DMA_COMMAND			0x0084
#define G2D_SRC_BASE_ADDR		0x0304

#define G2D_SFRCLEAR			(1 << 1)
#define G2D_DMA_START			(1 << 0)

#define G2D_CMDLIST_POOL_SIZE		(4096 * 2)
#define G2D_BLIT_SIZE			4096

struct g2d_data {
	struct device			*dev;
	struct clk			*gate_clk;
	void __iomem			*regs;
	void				*cmdlist_pool_virt;
	dma_addr_t			cmdlist_pool;
};

static int g2d_init_cmdlist(struct g2d_data *g2d)
{
	g2d->cmdlist_pool_virt = dma_alloc_attrs(g2d->dev,
						 G2D_CMDLIST_POOL_SIZE,
						 &g2d->cmdlist_pool, GFP_KERNEL,
						 DMA_ATTR_WRITE_COMBINE);
	if (!g2d->cmdlist_pool_virt) {
		dev_err(g2d->dev, "failed to allocate dma memory\n");
		return -ENOMEM;
	}
	return 0;
}

static void g2d_fini_cmdlist(struct g2d_data *g2d)
{
	dma_free_attrs(g2d->dev, G2D_CMDLIST_POOL_SIZE,
		       g2d->cmdlist_pool_virt, g2d->cmdlist_pool,
		       DMA_ATTR_WRITE_COMBINE);
}

/* One blit: the source goes through a streaming mapping. */
static int g2d_run_blit(struct g2d_data *g2d)
{
	u32 *cmdlist = g2d->cmdlist_pool_virt;
	dma_addr_t src_dma;
	void *src;

	src = kzalloc(G2D_BLIT_SIZE, GFP_KERNEL);
	if (!src)
		return -ENOMEM;

	src_dma = dma_map_single(g2d->dev, src, G2D_BLIT_SIZE, DMA_TO_DEVICE);
	if (dma_mapping_error(g2d->dev, src_dma)) {
		kfree(src);
		return -ENOMEM;
	}

	/* Command list entries are (register, value) pairs. */
	cmdlist[0] = G2D_SRC_BASE_ADDR;
	cmdlist[1] = src_dma;
	writel(g2d->cmdlist_pool, g2d->regs + G2D_DMA_SFR_BASE_ADDR);
	writel(G2D_DMA_START, g2d->regs + G2D_DMA_COMMAND);

	/* Finished at once in the model. */
	dma_unmap_single(g2d->dev, src_dma, G2D_BLIT_SIZE, DMA_TO_DEVICE);
	kfree(src);

	return 0;
}

static int g2d_probe(struct platform_device *pdev)
{
	struct device *dev = &pdev->dev;
	struct resource *res;
	struct g2d_data *g2d;
	int ret;

	g2d = devm_kzalloc(dev, sizeof(*g2d), GFP_KERNEL);
	if (!g2d)
		return -ENOMEM;
	g2d->dev = dev;

	g2d->gate_clk = devm_clk_get(dev, NULL);
	if (IS_ERR(g2d->gate_clk)) {
		ret = PTR_ERR(g2d->gate_clk);
		if (ret != -EPROBE_DEFER)
			dev_err(dev, "failed to get gate clock\n");
		return ret;
	}

	ret = clk_prepare_enable(g2d->gate_clk);
	if (ret < 0)
		return ret;

	res = platform_get_resource(pdev, IORESOURCE_MEM, 0);
	g2d->regs = devm_ioremap_resource(dev, res);
	if (IS_ERR(g2d->regs)) {
		ret = PTR_ERR(g2d->regs);
		goto err_clk;
	}

	writel(G2D_SFRCLEAR, g2d->regs + G2D_SOFT_RESET);

	ret = g2d_init_cmdlist(g2d);
	if (ret < 0)
		goto err_clk;

	ret = g2d_run_blit(g2d);
	if (ret < 0)
		goto err_cmdlist;

	platform_set_drvdata(pdev, g2d);

	dev_info(dev, "The Exynos G2D (ver 4.1) successfully probed.\n");

	return 0;

err_cmdlist:
	g2d_fini_cmdlist(g2d);
err_clk:
	clk_disable_unprepare(g2d->gate_clk);
	return ret;
}

static int g2d_remove(struct platform_device *pdev)
{
	struct g2d_data *g2d = platform_get_drvdata(pdev);

	writel(0, g2d->regs + G2D_DMA_SFR_BASE_ADDR);
	g2d_fini_cmdlist(g2d);
	clk_disable_unprepare(g2d->gate_clk);

	return 0;
}

static const struct of_device_id exynos_g2d_match[] = {
	{ .compatible = "samsung,exynos5250-g2d" },
	{ .compatible = "samsung,exynos4212-g2d" },
	{},
};
MODULE_DEVICE_TABLE(of, exynos_g2d_match);

struct platform_driver g2d_driver = {
	.probe		= g2d_probe,
	.remove		= g2d_remove,
	.driver		= {
		.name	= "exynos-drm-g2d",
		.of_match_table = exynos_g2d_match,
	},
};

module_platform_driver(g2d_driver);
