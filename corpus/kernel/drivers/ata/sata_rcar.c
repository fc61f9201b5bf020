/*
 * Renesas R-Car SATA controller (model).
 *
 * Probe takes the clock, maps the registers, allocates the DMA
 * descriptor table as a managed coherent buffer (devres frees it after
 * the driver's remove), and reads the drive's IDENTIFY data through a
 * streaming mapping.
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

#define DRV_NAME "sata_rcar"

/* Registers (the model's register file keeps what is written). */
#define ATAPI_CONTROL1_REG		0x180
#define ATAPI_CONTROL1_START		(1 << 0)
#define ATAPI_DTB_ADR_REG		0x198	/* descriptor table base */

/* One page of PRD-like descriptors: address, then length | end flag. */
#define SATA_RCAR_DMA_TABLE_SIZE	4096
#define SATA_RCAR_DTEND			(1U << 0)

#define ATA_ID_SIZE			512

struct sata_rcar_priv {
	void __iomem *base;
	struct clk *clk;
	u32 *dtb;		/* descriptor table, CPU view */
	dma_addr_t dtb_dma;	/* descriptor table, device view */
};

/* Let the device DMA the IDENTIFY block into a kernel buffer. */
static int sata_rcar_identify(struct device *dev, struct sata_rcar_priv *priv)
{
	dma_addr_t buf_dma;
	void *buf;

	buf = kzalloc(ATA_ID_SIZE, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;

	buf_dma = dma_map_single(dev, buf, ATA_ID_SIZE, DMA_FROM_DEVICE);
	if (dma_mapping_error(dev, buf_dma)) {
		dev_err(dev, "cannot map IDENTIFY buffer\n");
		kfree(buf);
		return -ENOMEM;
	}

	priv->dtb[0] = buf_dma;
	priv->dtb[1] = ATA_ID_SIZE | SATA_RCAR_DTEND;
	iowrite32(priv->dtb_dma, priv->base + ATAPI_DTB_ADR_REG);
	iowrite32(ATAPI_CONTROL1_START, priv->base + ATAPI_CONTROL1_REG);

	/* The transfer completes at once in the model. */
	iowrite32(0, priv->base + ATAPI_CONTROL1_REG);
	dma_unmap_single(dev, buf_dma, ATA_ID_SIZE, DMA_FROM_DEVICE);
	kfree(buf);

	return 0;
}

static int sata_rcar_probe(struct platform_device *pdev)
{
	struct device *dev = &pdev->dev;
	struct sata_rcar_priv *priv;
	struct resource *mem;
	int ret;

	priv = devm_kzalloc(dev, sizeof(*priv), GFP_KERNEL);
	if (!priv)
		return -ENOMEM;

	priv->clk = devm_clk_get(dev, NULL);
	if (IS_ERR(priv->clk)) {
		if (PTR_ERR(priv->clk) != -EPROBE_DEFER)
			dev_err(dev, "failed to get access to sata clock\n");
		return PTR_ERR(priv->clk);
	}

	ret = clk_prepare_enable(priv->clk);
	if (ret)
		return ret;

	mem = platform_get_resource(pdev, IORESOURCE_MEM, 0);
	priv->base = devm_ioremap_resource(dev, mem);
	if (IS_ERR(priv->base)) {
		ret = PTR_ERR(priv->base);
		goto cleanup;
	}

	priv->dtb = dmam_alloc_coherent(dev, SATA_RCAR_DMA_TABLE_SIZE,
					&priv->dtb_dma, GFP_KERNEL);
	if (!priv->dtb) {
		ret = -ENOMEM;
		goto cleanup;
	}

	ret = sata_rcar_identify(dev, priv);
	if (ret)
		goto cleanup;

	platform_set_drvdata(pdev, priv);
	return 0;

cleanup:
	clk_disable_unprepare(priv->clk);
	return ret;
}

static int sata_rcar_remove(struct platform_device *pdev)
{
	struct sata_rcar_priv *priv = platform_get_drvdata(pdev);

	/* Forget the descriptor table; devres frees it afterwards. */
	iowrite32(0, priv->base + ATAPI_DTB_ADR_REG);
	clk_disable_unprepare(priv->clk);

	return 0;
}

static const struct of_device_id sata_rcar_match[] = {
	{
		.compatible = "renesas,sata-r8a7790",
	},
	{ /* sentinel */ },
};
MODULE_DEVICE_TABLE(of, sata_rcar_match);

static struct platform_driver sata_rcar_driver = {
	.driver = {
		.name		= DRV_NAME,
		.of_match_table	= sata_rcar_match,
	},
	.probe		= sata_rcar_probe,
	.remove		= sata_rcar_remove,
};

module_platform_driver(sata_rcar_driver);
