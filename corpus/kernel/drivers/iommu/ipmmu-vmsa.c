/*
 * IPMMU VMSA: the Renesas R-Car Gen2 IOMMU, as used on 32-bit ARM
 * (model of v4.12).
 *
 * One IPMMU serves many bus masters, each behind one or more micro-TLBs
 * (uTLBs) that are routed to a translation context. The model has a
 * single context per IPMMU, so every master must share one domain: the
 * driver creates one ARM DMA mapping per IPMMU, the first time a master
 * shows up, and attaches every master to it itself. Masters thus have
 * their DMA ops before their driver probes.
 */

#include <linux/bitmap.h>
#include <linux/dma-mapping.h>
#include <linux/err.h>
#include <linux/export.h>
#include <linux/init.h>
#include <linux/io.h>
#include <linux/iommu.h>
#include <linux/module.h>
#include <linux/of.h>
#include <linux/platform_device.h>
#include <linux/sizes.h>
#include <linux/slab.h>

#include <asm/dma-iommu.h>

#include "io-pgtable.h"

/* Translation contexts per IPMMU instance in the model. */
#define IPMMU_CTX_MAX 1

struct ipmmu_vmsa_device {
	struct device *dev;
	void __iomem *base;
	struct iommu_device iommu;
	struct list_head list;

	unsigned int num_utlbs;
	spinlock_t lock;			/* guards ctx and domains[] */
	DECLARE_BITMAP(ctx, IPMMU_CTX_MAX);
	struct ipmmu_vmsa_domain *domains[IPMMU_CTX_MAX];

	/* The IOVA space every master of this IPMMU shares. */
	struct dma_iommu_mapping *mapping;
};

struct ipmmu_vmsa_domain {
	struct ipmmu_vmsa_device *mmu;
	struct iommu_domain io_domain;

	struct io_pgtable_cfg cfg;
	struct io_pgtable_ops *iop;

	unsigned int context_id;
	spinlock_t lock;			/* guards mmu and the context */
};

/* A master's view of its IPMMU, kept in dev->archdata.iommu. */
struct ipmmu_vmsa_archdata {
	struct ipmmu_vmsa_device *mmu;
	unsigned int *utlbs;
	unsigned int num_utlbs;
	unsigned int max_utlbs;
};

static DEFINE_SPINLOCK(ipmmu_devices_lock);
static LIST_HEAD(ipmmu_devices);

static struct ipmmu_vmsa_domain *to_vmsa_domain(struct iommu_domain *dom)
{
	return container_of(dom, struct ipmmu_vmsa_domain, io_domain);
}

/* -----------------------------------------------------------------------------
 * Registers (offsets from the instance's base)
 */

#define IM_CTX_SIZE			0x40

#define IMCTR				0x0000
#define IMCTR_FLUSH			(1 << 2)
#define IMCTR_MMUEN			(1 << 0)

#define IMTTBCR				0x0008
#define IMTTBCR_SHORT_DESC		0	/* one short-descriptor table */

#define IMTTLBR0			0x0010

#define IMUCTR(n)			(0x0300 + ((n) * 16))
#define IMUCTR_TTSEL_MMU(n)		((n) << 4)
#define IMUCTR_MMUEN			(1 << 0)

#define IPMMU_NUM_UTLBS			32

/* -----------------------------------------------------------------------------
 * Read/Write Access
 */

static void ipmmu_write(struct ipmmu_vmsa_device *mmu, unsigned int offset,
			u32 data)
{
	iowrite32(data, mmu->base + offset);
}

static void ipmmu_ctx_write(struct ipmmu_vmsa_domain *domain, unsigned int reg,
			    u32 data)
{
	ipmmu_write(domain->mmu, domain->context_id * IM_CTX_SIZE + reg, data);
}

/* -----------------------------------------------------------------------------
 * TLB and microTLB Management
 */

/* The register model completes a flush at once: nothing to poll. */
static void ipmmu_tlb_invalidate(struct ipmmu_vmsa_domain *domain)
{
	ipmmu_ctx_write(domain, IMCTR, IMCTR_FLUSH | IMCTR_MMUEN);
}

/* Route a master's uTLB to the domain's context. */
static void ipmmu_utlb_enable(struct ipmmu_vmsa_domain *domain,
			      unsigned int utlb)
{
	struct ipmmu_vmsa_device *mmu = domain->mmu;

	ipmmu_write(mmu, IMUCTR(utlb),
		    IMUCTR_TTSEL_MMU(domain->context_id) | IMUCTR_MMUEN);
}

static void ipmmu_utlb_disable(struct ipmmu_vmsa_domain *domain,
			       unsigned int utlb)
{
	struct ipmmu_vmsa_device *mmu = domain->mmu;

	ipmmu_write(mmu, IMUCTR(utlb), 0);
}

static void ipmmu_tlb_flush_all(void *cookie)
{
	struct ipmmu_vmsa_domain *domain = cookie;

	ipmmu_tlb_invalidate(domain);
}

static const struct iommu_gather_ops ipmmu_gather_ops = {
	.tlb_flush_all = ipmmu_tlb_flush_all,
};

/* -----------------------------------------------------------------------------
 * Domain/Context Management
 */

/* A free context for @domain, or -EBUSY when all are taken. */
static int ipmmu_domain_allocate_context(struct ipmmu_vmsa_device *mmu,
					 struct ipmmu_vmsa_domain *domain)
{
	unsigned long flags;
	int ret;

	spin_lock_irqsave(&mmu->lock, flags);

	ret = find_first_zero_bit(mmu->ctx, IPMMU_CTX_MAX);
	if (ret != IPMMU_CTX_MAX) {
		mmu->domains[ret] = domain;
		set_bit(ret, mmu->ctx);
	} else
		ret = -EBUSY;

	spin_unlock_irqrestore(&mmu->lock, flags);

	return ret;
}

static void ipmmu_domain_free_context(struct ipmmu_vmsa_device *mmu,
				      unsigned int context_id)
{
	unsigned long flags;

	spin_lock_irqsave(&mmu->lock, flags);

	clear_bit(context_id, mmu->ctx);
	mmu->domains[context_id] = NULL;

	spin_unlock_irqrestore(&mmu->lock, flags);
}

static int ipmmu_domain_init_context(struct ipmmu_vmsa_domain *domain)
{
	u32 ttbr;
	int ret;

	domain->cfg.quirks = 0;
	domain->cfg.pgsize_bitmap = SZ_4K;
	domain->cfg.ias = 32;
	domain->cfg.oas = 32;
	domain->cfg.tlb = &ipmmu_gather_ops;
	domain->cfg.iommu_dev = domain->mmu->dev;

	ret = ipmmu_domain_allocate_context(domain->mmu, domain);
	if (ret < 0)
		return ret;

	domain->context_id = ret;

	domain->iop = alloc_io_pgtable_ops(ARM_V7S, &domain->cfg, domain);
	if (!domain->iop) {
		ipmmu_domain_free_context(domain->mmu, domain->context_id);
		return -EINVAL;
	}

	/* Point the context at the table, then turn translation on. */
	ttbr = domain->cfg.arm_v7s_cfg.ttbr[0];
	ipmmu_ctx_write(domain, IMTTBCR, IMTTBCR_SHORT_DESC);
	ipmmu_ctx_write(domain, IMTTLBR0, ttbr);

	ipmmu_ctx_write(domain, IMCTR, IMCTR_FLUSH | IMCTR_MMUEN);

	return 0;
}

static void ipmmu_domain_destroy_context(struct ipmmu_vmsa_domain *domain)
{
	/* Never attached: no context to give back. */
	if (!domain->mmu)
		return;

	/* Translation off (with a last flush), then release the context. */
	ipmmu_ctx_write(domain, IMCTR, IMCTR_FLUSH);
	ipmmu_domain_free_context(domain->mmu, domain->context_id);
}

/* -----------------------------------------------------------------------------
 * IOMMU Operations
 */

static struct iommu_domain *ipmmu_domain_alloc(unsigned type)
{
	struct ipmmu_vmsa_domain *domain;

	if (type != IOMMU_DOMAIN_UNMANAGED)
		return NULL;

	domain = kzalloc(sizeof(*domain), GFP_KERNEL);
	if (!domain)
		return NULL;

	spin_lock_init(&domain->lock);

	return &domain->io_domain;
}

static void ipmmu_domain_free(struct iommu_domain *io_domain)
{
	struct ipmmu_vmsa_domain *domain = to_vmsa_domain(io_domain);

	/* Every master is expected to be detached by now. */
	ipmmu_domain_destroy_context(domain);
	free_io_pgtable_ops(domain->iop);
	kfree(domain);
}

static int ipmmu_attach_device(struct iommu_domain *io_domain,
			       struct device *dev)
{
	struct ipmmu_vmsa_archdata *archdata = dev->archdata.iommu;
	struct ipmmu_vmsa_device *mmu;
	struct ipmmu_vmsa_domain *domain = to_vmsa_domain(io_domain);
	unsigned long flags;
	unsigned int i;
	int ret = 0;

	if (!archdata || !archdata->mmu) {
		dev_err(dev, "Cannot attach to IPMMU\n");
		return -ENXIO;
	}
	mmu = archdata->mmu;

	spin_lock_irqsave(&domain->lock, flags);

	if (!domain->mmu) {
		/* First master of this domain: give it a context. */
		domain->mmu = mmu;
		ret = ipmmu_domain_init_context(domain);
		if (ret < 0) {
			dev_err(dev, "Unable to initialize IPMMU context\n");
			domain->mmu = NULL;
		} else {
			dev_info(dev, "Using IPMMU context %u\n",
				 domain->context_id);
		}
	} else if (domain->mmu != mmu) {
		/* A domain lives in one IPMMU's context. */
		dev_err(dev, "Can't attach IPMMU %s to domain on IPMMU %s\n",
			dev_name(mmu->dev), dev_name(domain->mmu->dev));
		ret = -EINVAL;
	} else
		dev_info(dev, "Reusing IPMMU context %u\n", domain->context_id);

	spin_unlock_irqrestore(&domain->lock, flags);

	if (ret < 0)
		return ret;

	for (i = 0; i < archdata->num_utlbs; ++i)
		ipmmu_utlb_enable(domain, archdata->utlbs[i]);

	return 0;
}

static void ipmmu_detach_device(struct iommu_domain *io_domain,
				struct device *dev)
{
	struct ipmmu_vmsa_archdata *archdata = dev->archdata.iommu;
	struct ipmmu_vmsa_domain *domain = to_vmsa_domain(io_domain);
	unsigned int i;

	for (i = 0; i < archdata->num_utlbs; ++i)
		ipmmu_utlb_disable(domain, archdata->utlbs[i]);

	/* The context stays on until the domain is freed. */
}

static int ipmmu_map(struct iommu_domain *io_domain, unsigned long iova,
		     phys_addr_t paddr, size_t size, int prot)
{
	struct ipmmu_vmsa_domain *domain = to_vmsa_domain(io_domain);

	return domain->iop->map(domain->iop, iova, paddr, size, prot);
}

static size_t ipmmu_unmap(struct iommu_domain *io_domain, unsigned long iova,
			  size_t size)
{
	struct ipmmu_vmsa_domain *domain = to_vmsa_domain(io_domain);

	return domain->iop->unmap(domain->iop, iova, size);
}

static phys_addr_t ipmmu_iova_to_phys(struct iommu_domain *io_domain,
				      dma_addr_t iova)
{
	struct ipmmu_vmsa_domain *domain = to_vmsa_domain(io_domain);

	return domain->iop->iova_to_phys(domain->iop, iova);
}

/*
 * The master names this IPMMU and a uTLB in its "iommus" property.
 * Remember both; a reprobe translates the same specifiers again.
 */
static int ipmmu_of_xlate(struct device *dev, struct of_phandle_args *spec)
{
	struct ipmmu_vmsa_archdata *archdata = dev->archdata.iommu;
	struct ipmmu_vmsa_device *mmu = NULL, *entry;
	unsigned int utlb;
	unsigned int i;
	int num;

	if (spec->args_count != 1)
		return -EINVAL;
	utlb = spec->args[0];

	spin_lock(&ipmmu_devices_lock);
	list_for_each_entry(entry, &ipmmu_devices, list) {
		if (entry->dev->of_node == spec->np) {
			mmu = entry;
			break;
		}
	}
	spin_unlock(&ipmmu_devices_lock);

	if (!mmu)
		return -ENODEV;

	if (utlb >= mmu->num_utlbs)
		return -EINVAL;

	if (!archdata) {
		num = of_count_phandle_with_args(dev->of_node, "iommus",
						 "#iommu-cells");
		if (num <= 0)
			return -ENODEV;

		archdata = kzalloc(sizeof(*archdata), GFP_KERNEL);
		if (!archdata)
			return -ENOMEM;

		archdata->utlbs = kcalloc(num, sizeof(*archdata->utlbs),
					  GFP_KERNEL);
		if (!archdata->utlbs) {
			kfree(archdata);
			return -ENOMEM;
		}

		archdata->mmu = mmu;
		archdata->max_utlbs = num;
		dev->archdata.iommu = archdata;
	} else if (archdata->mmu != mmu) {
		dev_err(dev, "masters behind two IPMMUs are not supported\n");
		return -EINVAL;
	}

	for (i = 0; i < archdata->num_utlbs; ++i)
		if (archdata->utlbs[i] == utlb)
			return 0;

	if (WARN_ON(archdata->num_utlbs >= archdata->max_utlbs))
		return -EINVAL;

	archdata->utlbs[archdata->num_utlbs++] = utlb;
	return 0;
}

/*
 * A master joins: give it a group and attach it to the IPMMU's shared
 * mapping, creating that mapping the first time.
 */
static int ipmmu_add_device(struct device *dev)
{
	struct ipmmu_vmsa_archdata *archdata = dev->archdata.iommu;
	struct ipmmu_vmsa_device *mmu;
	struct iommu_group *group;
	int ret;

	/* Not (yet) seen by of_xlate: not one of our masters. */
	if (!archdata)
		return -ENODEV;

	if (dev->iommu_group)
		return 0;

	mmu = archdata->mmu;

	group = iommu_group_alloc();
	if (IS_ERR(group)) {
		dev_err(dev, "Failed to allocate IOMMU group\n");
		return PTR_ERR(group);
	}

	ret = iommu_group_add_device(group, dev);
	iommu_group_put(group);

	if (ret < 0) {
		dev_err(dev, "Failed to add device to IPMMU group\n");
		return ret;
	}

	/*
	 * One mapping for all masters, as the IPMMU has one context. It
	 * starts at 1 GiB so that a NULL IOVA faults, and spans 2 GiB.
	 * The IPMMU holds the reference arm_iommu_create_mapping() returns.
	 */
	if (!mmu->mapping) {
		struct dma_iommu_mapping *mapping;

		mapping = arm_iommu_create_mapping(&platform_bus_type,
						   SZ_1G, SZ_2G);
		if (IS_ERR(mapping)) {
			dev_err(mmu->dev, "failed to create ARM IOMMU mapping\n");
			ret = PTR_ERR(mapping);
			goto error;
		}

		mmu->mapping = mapping;
	}

	/* Sets the master's DMA ops too. */
	ret = arm_iommu_attach_device(dev, mmu->mapping);
	if (ret < 0) {
		dev_err(dev, "Failed to attach device to VA mapping\n");
		goto error;
	}

	return 0;

error:
	iommu_group_remove_device(dev);
	return ret;
}

static void ipmmu_remove_device(struct device *dev)
{
	struct ipmmu_vmsa_archdata *archdata = dev->archdata.iommu;

	arm_iommu_detach_device(dev);
	iommu_group_remove_device(dev);

	kfree(archdata->utlbs);
	kfree(archdata);

	dev->archdata.iommu = NULL;
}

static const struct iommu_ops ipmmu_ops = {
	.domain_alloc = ipmmu_domain_alloc,
	.domain_free = ipmmu_domain_free,
	.attach_dev = ipmmu_attach_device,
	.detach_dev = ipmmu_detach_device,
	.map = ipmmu_map,
	.unmap = ipmmu_unmap,
	.iova_to_phys = ipmmu_iova_to_phys,
	.add_device = ipmmu_add_device,
	.remove_device = ipmmu_remove_device,
	.of_xlate = ipmmu_of_xlate,
	.pgsize_bitmap = SZ_4K,
};

/* -----------------------------------------------------------------------------
 * Probe/remove and init
 */

static void ipmmu_device_reset(struct ipmmu_vmsa_device *mmu)
{
	unsigned int i;

	/* Every context off. */
	for (i = 0; i < IPMMU_CTX_MAX; ++i)
		ipmmu_write(mmu, i * IM_CTX_SIZE + IMCTR, 0);
}

static int ipmmu_probe(struct platform_device *pdev)
{
	struct ipmmu_vmsa_device *mmu;
	struct resource *res;
	int ret;

	mmu = devm_kzalloc(&pdev->dev, sizeof(*mmu), GFP_KERNEL);
	if (!mmu) {
		dev_err(&pdev->dev, "cannot allocate device data\n");
		return -ENOMEM;
	}

	mmu->dev = &pdev->dev;
	mmu->num_utlbs = IPMMU_NUM_UTLBS;
	spin_lock_init(&mmu->lock);
	bitmap_zero(mmu->ctx, IPMMU_CTX_MAX);

	res = platform_get_resource(pdev, IORESOURCE_MEM, 0);
	mmu->base = devm_ioremap_resource(&pdev->dev, res);
	if (IS_ERR(mmu->base))
		return PTR_ERR(mmu->base);

	ipmmu_device_reset(mmu);

	iommu_device_set_ops(&mmu->iommu, &ipmmu_ops);
	iommu_device_set_fwnode(&mmu->iommu, &pdev->dev.of_node->fwnode);

	ret = iommu_device_register(&mmu->iommu);
	if (ret)
		return ret;

	spin_lock(&ipmmu_devices_lock);
	list_add(&mmu->list, &ipmmu_devices);
	spin_unlock(&ipmmu_devices_lock);

	platform_set_drvdata(pdev, mmu);

	/*
	 * The ARM mapping needs the bus to have an IOMMU driver: become it
	 * unless another instance already did.
	 */
	if (!iommu_present(&platform_bus_type))
		bus_set_iommu(&platform_bus_type, &ipmmu_ops);

	return 0;
}

static int ipmmu_remove(struct platform_device *pdev)
{
	struct ipmmu_vmsa_device *mmu = platform_get_drvdata(pdev);

	spin_lock(&ipmmu_devices_lock);
	list_del(&mmu->list);
	spin_unlock(&ipmmu_devices_lock);

	iommu_device_unregister(&mmu->iommu);

	arm_iommu_release_mapping(mmu->mapping);

	ipmmu_device_reset(mmu);

	return 0;
}

static const struct of_device_id ipmmu_of_ids[] = {
	{ .compatible = "renesas,ipmmu-vmsa", },
	{ /* sentinel */ }
};

static struct platform_driver ipmmu_driver = {
	.driver = {
		.name = "ipmmu-vmsa",
		.of_match_table = of_match_ptr(ipmmu_of_ids),
	},
	.probe = ipmmu_probe,
	.remove	= ipmmu_remove,
};

static int __init ipmmu_init(void)
{
	return platform_driver_register(&ipmmu_driver);
}

static void __exit ipmmu_exit(void)
{
	platform_driver_unregister(&ipmmu_driver);
}

subsys_initcall(ipmmu_init);
module_exit(ipmmu_exit);
