/*
 * Samsung S5P/Exynos JPEG codec (model).
 *
 * Probe takes the clock, maps the registers, allocates the Huffman/
 * quantisation table area with dma_alloc_coherent() (freed by remove)
 * and decodes one header from a buffer mapped for streaming DMA.
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

#define S5P_JPEG_M2M_NAME	"s5p-jpeg"

/* Registers (the model's register file keeps what is written). */
#define S5P_JPGMOD		0x00
#define S5P_JPG_TBL_ADR		0x40	/* table area */
#define S5P_JPG_JPGADR		0x50	/* compressed stream */
#define S5P_JPG_IMGADR		0x54	/* image */

#define S5P_PROC_MODE_DECOMPR	(1 << 3)

#define S5P_JPEG_TBL_SIZE	4096
#define S5P_JPEG_HDR_SIZE	1024

struct s5p_jpeg {
	struct device		*dev;
	void __iomem		*regs;
	struct clk		*clk;
	void			*tbl_virt;
	dma_addr_t		tbl_dma;
};

static int s5p_jpeg_parse_hdr(struct s5p_jpeg *jpeg)
{
	dma_addr_t hdr_dma;
	void *hdr;

	hdr = kzalloc(S5P_JPEG_HDR_SIZE, GFP_KERNEL);
	if (!hdr)
		return -ENOMEM;

	hdr_dma = dma_map_single(jpeg->dev, hdr, S5P_JPEG_HDR_SIZE,
				 DMA_TO_DEVICE);
	if (dma_mapping_error(jpeg->dev, hdr_dma)) {
		kfree(hdr);
		return -ENOMEM;
	}

	writel(S5P_PROC_MODE_DECOMPR, jpeg->regs + S5P_JPGMOD);
	writel(hdr_dma, jpeg->regs + S5P_JPG_JPGADR);

	/* Decoded at once in the model. */
	dma_unmap_single(jpeg->dev, hdr_dma, S5P_JPEG_HDR_SIZE, DMA_TO_DEVICE);
	kfree(hdr);

	return 0;
}

static int s5p_jpeg_probe(struct platform_device *pdev)
{
	struct s5p_jpeg *jpeg;
	struct resource *res;
	int ret;

	jpeg = devm_kzalloc(&pdev->dev, sizeof(struct s5p_jpeg), GFP_KERNEL);
	if (!jpeg)
		return -ENOMEM;
	jpeg->dev = &pdev->dev;

	jpeg->clk = devm_clk_get(&pdev->dev, NULL);
	if (IS_ERR(jpeg->clk)) {
		ret = PTR_ERR(jpeg->clk);
		if (ret != -EPROBE_DEFER)
			dev_err(&pdev->dev, "failed to get clock\n");
		return ret;
	}

	ret = clk_prepare_enable(jpeg->clk);
	if (ret)
		return ret;

	res = platform_get_resource(pdev, IORESOURCE_MEM, 0);
	jpeg->regs = devm_ioremap_resource(&pdev->dev, res);
	if (IS_ERR(jpeg->regs)) {
		ret = PTR_ERR(jpeg->regs);
		goto clk_disable;
	}

	jpeg->tbl_virt = dma_alloc_coherent(&pdev->dev, S5P_JPEG_TBL_SIZE,
					    &jpeg->tbl_dma, GFP_KERNEL);
	if (!jpeg->tbl_virt) {
		ret = -ENOMEM;
		goto clk_disable;
	}
	writel(jpeg->tbl_dma, jpeg->regs + S5P_JPG_TBL_ADR);

	ret = s5p_jpeg_parse_hdr(jpeg);
	if (ret)
		goto tbl_free;

	platform_set_drvdata(pdev, jpeg);

	dev_info(&pdev->dev, "encoder and decoder ready\n");

	return 0;

tbl_free:
	writel(0, jpeg->regs + S5P_JPG_TBL_ADR);
	dma_free_coherent(&pdev->dev, S5P_JPEG_TBL_SIZE, jpeg->tbl_virt,
			  jpeg->tbl_dma);
clk_disable:
	clk_disable_unprepare(jpeg->clk);
	return ret;
}

static int s5p_jpeg_remove(struct platform_device *pdev)
{
	struct s5p_jpeg *jpeg = platform_get_drvdata(pdev);

	writel(0, jpeg->regs + S5P_JPG_TBL_ADR);
	dma_free_coherent(&pdev->dev, S5P_JPEG_TBL_SIZE, jpeg->tbl_virt,
			  jpeg->tbl_dma);
	clk_disable_unprepare(jpeg->clk);

	return 0;
}

static const struct of_device_id samsung_jpeg_match[] = {
	{
		.compatible = "samsung,s5pv210-jpeg",
	}, {
		.compatible = "samsung,exynos4210-jpeg",
	},
	{},
};
MODULE_DEVICE_TABLE(of, samsung_jpeg_match);

static struct platform_driver s5p_jpeg_driver = {
	.probe = s5p_jpeg_probe,
	.remove = s5p_jpeg_remove,
	.driver = {
		.of_match_table	= samsung_jpeg_match,
		.name		= S5P_JPEG_M2M_NAME,
	},
};

module_platform_driver(s5p_jpeg_driver);
