/*
 * Renesas MMCIF, the MMC interface of R-Car (model).
 *
 * Probe takes the clock, maps the registers, allocates a descriptor area
 * with dma_alloc_coherent() (freed by remove, so it must still be valid
 * then) and reads the card's CID through a streaming mapping.
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

#define DRV_NAME	"sh_mmcif"

/* Registers (the model's register file keeps what is written). */
#define MMCIF_CE_CMD_SET	0x00000000
#define MMCIF_CE_DESC_ADDR	0x00000070	/* descriptor area */
#define MMCIF_CE_BUF_ADDR	0x00000074	/* data buffer */

#define CMD_SET_SEND_CID	(2 << 24)

#define MMCIF_DESC_SIZE		4096
#define MMCIF_CID_SIZE		16

struct sh_mmcif_host {
	struct platform_device *pd;
	void __iomem *addr;
	struct clk *clk;
	u32 *desc;		/* descriptor area, CPU view */
	dma_addr_t desc_dma;	/* descriptor area, device view */
};

static int sh_mmcif_read_cid(struct sh_mmcif_host *host)
{
	struct device *dev = &host->pd->dev;
	dma_addr_t buf_dma;
	u8 *buf;

	buf = kzalloc(MMCIF_CID_SIZE, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;

	buf_dma = dma_map_single(dev, buf, MMCIF_CID_SIZE, DMA_FROM_DEVICE);
	if (dma_mapping_error(dev, buf_dma)) {
		kfree(buf);
		return -ENOMEM;
	}

	host->desc[0] = buf_dma;
	host->desc[1] = MMCIF_CID_SIZE;
	iowrite32(buf_dma, host->addr + MMCIF_CE_BUF_ADDR);
	iowrite32(CMD_SET_SEND_CID, host->addr + MMCIF_CE_CMD_SET);

	/* The command completes at once in the model. */
	dma_unmap_single(dev, buf_dma, MMCIF_CID_SIZE, DMA_FROM_DEVICE);
	kfree(buf);

	return 0;
}

static int sh_mmcif_probe(struct platform_device *pdev)
{
	struct sh_mmcif_host *host;
	struct device *dev = &pdev->dev;
	struct resource *res;
	int ret;

	host = devm_kzalloc(dev, sizeof(*host), GFP_KERNEL);
	if (!host)
		return -ENOMEM;
	host->pd = pdev;

	host->clk = devm_clk_get(dev, NULL);
	if (IS_ERR(host->clk)) {
		ret = PTR_ERR(host->clk);
		if (ret != -EPROBE_DEFER)
			dev_err(dev, "cannot get clock: %d\n", ret);
		return ret;
	}

	ret = clk_prepare_enable(host->clk);
	if (ret < 0)
		return ret;

	res = platform_get_resource(pdev, IORESOURCE_MEM, 0);
	host->addr = devm_ioremap_resource(dev, res);
	if (IS_ERR(host->addr)) {
		ret = PTR_ERR(host->addr);
		goto err_clk;
	}

	host->desc = dma_alloc_coherent(dev, MMCIF_DESC_SIZE, &host->desc_dma,
					GFP_KERNEL);
	if (!host->desc) {
		ret = -ENOMEM;
		goto err_clk;
	}
	iowrite32(host->desc_dma, host->addr + MMCIF_CE_DESC_ADDR);

	ret = sh_mmcif_read_cid(host);
	if (ret < 0)
		goto err_desc;

	platform_set_drvdata(pdev, host);

	dev_info(dev, "Chip version 0x%04x, clock rate %luMHz\n",
		 0x0400, clk_get_rate(host->clk) / 1000000UL);

	return 0;

err_desc:
	iowrite32(0, host->addr + MMCIF_CE_DESC_ADDR);
	dma_free_coherent(dev, MMCIF_DESC_SIZE, host->desc, host->desc_dma);
err_clk:
	clk_disable_unprepare(host->clk);
	return ret;
}

static int sh_mmcif_remove(struct platform_device *pdev)
{
	struct sh_mmcif_host *host = platform_get_drvdata(pdev);

	iowrite32(0, host->addr + MMCIF_CE_DESC_ADDR);
	dma_free_coherent(&pdev->dev, MMCIF_DESC_SIZE, host->desc,
			  host->desc_dma);
	clk_disable_unprepare(host->clk);

	return 0;
}

static const struct of_device_id sh_mmcif_of_match[] = {
	{ .compatible = "renesas,mmcif-r8a7790" },
	{ /* sentinel */ }
};
MODULE_DEVICE_TABLE(of, sh_mmcif_of_match);

static struct platform_driver sh_mmcif_driver = {
	.probe		= sh_mmcif_probe,
	.remove		= sh_mmcif_remove,
	.driver		= {
		.name	= DRV_NAME,
		.of_match_table = sh_mmcif_of_match,
	},
};

module_platform_driver(sh_mmcif_driver);
