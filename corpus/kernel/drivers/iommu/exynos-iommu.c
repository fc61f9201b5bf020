/*
 * Samsung Exynos System MMU (model of v4.12, on io-pgtable).
 *
 * Each bus master has its own System MMU instance with one context: the
 * page-table base register and an enable bit. The driver leaves the ARM
 * DMA mapping to arch_setup_dma_ops(), which creates one per master.
 */

#include <linux/clk.h>
#include <linux/dma-mapping.h>
#include <linux/err.h>
#include <linux/export.h>
#include <linux/init.h>
#include <linux/io.h>
#include <linux/iommu.h>
#include <linux/list.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/of.h>
#include <linux/of_iommu.h>
#include <linux/of_platform.h>
#include <linux/platform_device.h>
#include <linux/sizes.h>
#include <linux/slab.h>
#include <linux/spinlock.h>

#include "io-pgtable.h"

/* Registers (offsets from the instance's base). */
#define REG_MMU_CTRL		0x000
#define REG_MMU_FLUSH		0x00C
#define REG_PT_BASE_ADDR	0x014

#define CTRL_ENABLE	0x1
#define CTRL_DISABLE	0x0

/* An IOMMU domain: one page table and the System MMUs that use it. */
struct exynos_iommu_domain {
	struct list_head clients; /* sysmmu_drvdata.domain_node */
	struct io_pgtable_cfg cfg;
	struct io_pgtable_ops *iop;
	spinlock_t lock;	/* guards clients */
	struct iommu_domain domain;
};

/* One System MMU instance. */
struct sysmmu_drvdata {
	struct device *sysmmu;		/* the System MMU's own device */
	struct device *master;		/* the bus master behind it */
	void __iomem *sfrbase;		/* its registers */
	spinlock_t lock;		/* guards the fields below */
	struct exynos_iommu_domain *domain;	/* attached domain or NULL */
	struct list_head domain_node;	/* in domain->clients */
	struct list_head owner_node;	/* in owner->controllers */
	phys_addr_t pgtable;		/* page table it translates with */
	bool active;			/* translation enabled */
	struct iommu_device iommu;
};

/* A master's System MMUs, kept in dev->archdata.iommu. */
struct exynos_iommu_owner {
	struct list_head controllers;	/* sysmmu_drvdata.owner_node */
	struct iommu_domain *domain;	/* attached domain or NULL */
	struct mutex rpm_lock;		/* serialises attach and detach */
};

static const struct iommu_ops exynos_iommu_ops;

static struct exynos_iommu_domain *to_exynos_domain(struct iommu_domain *dom)
{
	return container_of(dom, struct exynos_iommu_domain, domain);
}

static bool has_sysmmu(struct device *dev)
{
	return dev->archdata.iommu != NULL;
}

static void __sysmmu_tlb_invalidate(struct sysmmu_drvdata *data)
{
	writel(0x1, data->sfrbase + REG_MMU_FLUSH);
}

/* Table base first, then translation on. */
static void __sysmmu_enable(struct sysmmu_drvdata *data)
{
	writel(data->pgtable, data->sfrbase + REG_PT_BASE_ADDR);
	writel(CTRL_ENABLE, data->sfrbase + REG_MMU_CTRL);
	data->active = true;
}

static void __sysmmu_disable(struct sysmmu_drvdata *data)
{
	writel(CTRL_DISABLE, data->sfrbase + REG_MMU_CTRL);
	data->active = false;
}

static void exynos_iommu_tlb_flush_all(void *cookie)
{
	struct exynos_iommu_domain *domain = cookie;
	struct sysmmu_drvdata *data;
	unsigned long flags;

	spin_lock_irqsave(&domain->lock, flags);
	list_for_each_entry(data, &domain->clients, domain_node)
		if (data->active)
			__sysmmu_tlb_invalidate(data);
	spin_unlock_irqrestore(&domain->lock, flags);
}

static const struct iommu_gather_ops exynos_gather_ops = {
	.tlb_flush_all = exynos_iommu_tlb_flush_all,
};

static int exynos_sysmmu_probe(struct platform_device *pdev)
{
	int ret;
	struct device *dev = &pdev->dev;
	struct sysmmu_drvdata *data;
	struct resource *res;

	data = devm_kzalloc(dev, sizeof(*data), GFP_KERNEL);
	if (!data)
		return -ENOMEM;

	res = platform_get_resource(pdev, IORESOURCE_MEM, 0);
	data->sfrbase = devm_ioremap_resource(dev, res);
	if (IS_ERR(data->sfrbase))
		return PTR_ERR(data->sfrbase);

	data->sysmmu = dev;
	spin_lock_init(&data->lock);
	INIT_LIST_HEAD(&data->domain_node);
	INIT_LIST_HEAD(&data->owner_node);

	iommu_device_set_ops(&data->iommu, &exynos_iommu_ops);
	iommu_device_set_fwnode(&data->iommu, &dev->of_node->fwnode);

	ret = iommu_device_register(&data->iommu);
	if (ret)
		return ret;

	platform_set_drvdata(pdev, data);

	/* The first instance makes the driver the platform bus's IOMMU. */
	if (!iommu_present(&platform_bus_type))
		bus_set_iommu(&platform_bus_type, &exynos_iommu_ops);

	return 0;
}

static int exynos_sysmmu_remove(struct platform_device *pdev)
{
	struct sysmmu_drvdata *data = platform_get_drvdata(pdev);

	iommu_device_unregister(&data->iommu);
	return 0;
}

static const struct of_device_id sysmmu_of_match[] = {
	{ .compatible	= "samsung,exynos-sysmmu", },
	{ /* sentinel */ },
};

static struct platform_driver exynos_sysmmu_driver = {
	.probe	= exynos_sysmmu_probe,
	.remove	= exynos_sysmmu_remove,
	.driver	= {
		.name		= "exynos-sysmmu",
		.of_match_table	= sysmmu_of_match,
	}
};

static struct iommu_domain *exynos_iommu_domain_alloc(unsigned type)
{
	struct exynos_iommu_domain *domain;

	if (type != IOMMU_DOMAIN_UNMANAGED)
		return NULL;

	domain = kzalloc(sizeof(*domain), GFP_KERNEL);
	if (!domain)
		return NULL;

	/* The page table exists as long as the domain does. */
	domain->cfg.pgsize_bitmap = SZ_4K;
	domain->cfg.ias = 32;
	domain->cfg.oas = 32;
	domain->cfg.tlb = &exynos_gather_ops;

	domain->iop = alloc_io_pgtable_ops(ARM_V7S, &domain->cfg, domain);
	if (!domain->iop) {
		kfree(domain);
		return NULL;
	}

	spin_lock_init(&domain->lock);
	INIT_LIST_HEAD(&domain->clients);

	domain->domain.geometry.aperture_start = 0;
	domain->domain.geometry.aperture_end   = ~(dma_addr_t)0;
	domain->domain.geometry.force_aperture = true;

	return &domain->domain;
}

static void exynos_iommu_domain_free(struct iommu_domain *iommu_domain)
{
	struct exynos_iommu_domain *domain = to_exynos_domain(iommu_domain);
	struct sysmmu_drvdata *data, *next;
	unsigned long flags;

	WARN_ON(!list_empty(&domain->clients));

	spin_lock_irqsave(&domain->lock, flags);

	/* Whoever still uses the table stops translating now. */
	list_for_each_entry_safe(data, next, &domain->clients, domain_node) {
		spin_lock(&data->lock);
		__sysmmu_disable(data);
		data->pgtable = 0;
		data->domain = NULL;
		list_del_init(&data->domain_node);
		spin_unlock(&data->lock);
	}

	spin_unlock_irqrestore(&domain->lock, flags);

	free_io_pgtable_ops(domain->iop);
	kfree(domain);
}

static void exynos_iommu_detach_device(struct iommu_domain *iommu_domain,
				    struct device *dev)
{
	struct exynos_iommu_owner *owner = dev->archdata.iommu;
	struct exynos_iommu_domain *domain = to_exynos_domain(iommu_domain);
	struct sysmmu_drvdata *data, *next;
	unsigned long flags;

	if (!has_sysmmu(dev) || owner->domain != iommu_domain)
		return;

	mutex_lock(&owner->rpm_lock);

	list_for_each_entry(data, &owner->controllers, owner_node)
		if (data->active)
			__sysmmu_disable(data);

	spin_lock_irqsave(&domain->lock, flags);
	list_for_each_entry_safe(data, next, &domain->clients, domain_node) {
		spin_lock(&data->lock);
		data->pgtable = 0;
		data->domain = NULL;
		list_del_init(&data->domain_node);
		spin_unlock(&data->lock);
	}
	owner->domain = NULL;
	spin_unlock_irqrestore(&domain->lock, flags);

	mutex_unlock(&owner->rpm_lock);

	dev_dbg(dev, "%s: Detached IOMMU\n", __func__);
}

static int exynos_iommu_attach_device(struct iommu_domain *iommu_domain,
				   struct device *dev)
{
	struct exynos_iommu_owner *owner = dev->archdata.iommu;
	struct exynos_iommu_domain *domain = to_exynos_domain(iommu_domain);
	struct sysmmu_drvdata *data;
	phys_addr_t pagetable = domain->cfg.arm_v7s_cfg.ttbr[0];
	unsigned long flags;

	if (!has_sysmmu(dev))
		return -ENODEV;

	/* One context per System MMU: leave the old domain first. */
	if (owner->domain)
		exynos_iommu_detach_device(owner->domain, dev);

	mutex_lock(&owner->rpm_lock);

	list_for_each_entry(data, &owner->controllers, owner_node) {
		spin_lock_irqsave(&data->lock, flags);
		data->pgtable = pagetable;
		data->domain = domain;
		spin_unlock_irqrestore(&data->lock, flags);

		spin_lock_irqsave(&domain->lock, flags);
		list_add_tail(&data->domain_node, &domain->clients);
		spin_unlock_irqrestore(&domain->lock, flags);
	}
	owner->domain = iommu_domain;

	list_for_each_entry(data, &owner->controllers, owner_node)
		__sysmmu_enable(data);

	mutex_unlock(&owner->rpm_lock);

	dev_dbg(dev, "%s: Attached IOMMU with pgtable %#x\n", __func__,
		pagetable);

	return 0;
}

static int exynos_iommu_map(struct iommu_domain *iommu_domain,
			    unsigned long iova, phys_addr_t paddr, size_t size,
			    int prot)
{
	struct exynos_iommu_domain *domain = to_exynos_domain(iommu_domain);

	return domain->iop->map(domain->iop, iova, paddr, size, prot);
}

static size_t exynos_iommu_unmap(struct iommu_domain *iommu_domain,
				 unsigned long iova, size_t size)
{
	struct exynos_iommu_domain *domain = to_exynos_domain(iommu_domain);

	return domain->iop->unmap(domain->iop, iova, size);
}

static phys_addr_t exynos_iommu_iova_to_phys(struct iommu_domain *iommu_domain,
					  dma_addr_t iova)
{
	struct exynos_iommu_domain *domain = to_exynos_domain(iommu_domain);

	return domain->iop->iova_to_phys(domain->iop, iova);
}

/*
 * A master joins: it only needs a group. The DMA mapping is created by
 * arch_setup_dma_ops() when the master's driver probes.
 */
static int exynos_iommu_add_device(struct device *dev)
{
	struct iommu_group *group;
	int ret;

	if (!has_sysmmu(dev))
		return -ENODEV;

	if (dev->iommu_group)
		return 0;

	group = iommu_group_alloc();
	if (IS_ERR(group))
		return PTR_ERR(group);

	ret = iommu_group_add_device(group, dev);
	iommu_group_put(group);

	return ret;
}

static void exynos_iommu_remove_device(struct device *dev)
{
	struct exynos_iommu_owner *owner = dev->archdata.iommu;

	if (!has_sysmmu(dev))
		return;

	if (owner->domain)
		exynos_iommu_detach_device(owner->domain, dev);

	iommu_group_remove_device(dev);
}

/* Link the master to the System MMU its "iommus" property names. */
static int exynos_iommu_of_xlate(struct device *dev,
				 struct of_phandle_args *spec)
{
	struct exynos_iommu_owner *owner = dev->archdata.iommu;
	struct platform_device *sysmmu = of_find_device_by_node(spec->np);
	struct sysmmu_drvdata *data, *entry;

	if (!sysmmu)
		return -ENODEV;

	data = platform_get_drvdata(sysmmu);
	if (!data)
		return -ENODEV;

	if (!owner) {
		owner = kzalloc(sizeof(*owner), GFP_KERNEL);
		if (!owner)
			return -ENOMEM;

		INIT_LIST_HEAD(&owner->controllers);
		mutex_init(&owner->rpm_lock);
		dev->archdata.iommu = owner;
	}

	/* A reprobe translates the same specifier again. */
	list_for_each_entry(entry, &owner->controllers, owner_node)
		if (entry == data)
			return 0;

	list_add_tail(&data->owner_node, &owner->controllers);
	data->master = dev;

	return 0;
}

static const struct iommu_ops exynos_iommu_ops = {
	.domain_alloc = exynos_iommu_domain_alloc,
	.domain_free = exynos_iommu_domain_free,
	.attach_dev = exynos_iommu_attach_device,
	.detach_dev = exynos_iommu_detach_device,
	.map = exynos_iommu_map,
	.unmap = exynos_iommu_unmap,
	.iova_to_phys = exynos_iommu_iova_to_phys,
	.add_device = exynos_iommu_add_device,
	.remove_device = exynos_iommu_remove_device,
	.pgsize_bitmap = SZ_4K,
	.of_xlate = exynos_iommu_of_xlate,
};

static int __init exynos_iommu_init(void)
{
	return platform_driver_register(&exynos_sysmmu_driver);
}
subsys_initcall(exynos_iommu_init);
