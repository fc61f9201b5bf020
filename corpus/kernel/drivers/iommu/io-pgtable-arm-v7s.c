/*
 * A two-level page table in the spirit of the ARMv7 short-descriptor
 * format, small (4 KiB) pages only:
 *
 *   level 1: 4096 entries, one per 1 MiB of IOVA space (16 KiB table);
 *   level 2: 256 entries, one per 4 KiB page (1 KiB table), on demand.
 *
 * Entries hold physical addresses, as the hardware walks them; the
 * table's physical address is what the IOMMU driver programs as TTBR.
 */

#include <linux/kernel.h>
#include <linux/types.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/sizes.h>
#include <linux/iommu.h>
#include <asm/memory.h>

#include "io-pgtable.h"

typedef u32 arm_v7s_iopte;

#define ARM_V7S_LVL1_SHIFT		20
#define ARM_V7S_LVL2_SHIFT		12
#define ARM_V7S_LVL1_PTES		4096
#define ARM_V7S_LVL2_PTES		256
#define ARM_V7S_TABLE_SIZE(lvl)		\
	(((lvl) == 1 ? ARM_V7S_LVL1_PTES : ARM_V7S_LVL2_PTES) * \
	 sizeof(arm_v7s_iopte))

#define ARM_V7S_LVL1_IDX(iova)		(((iova) >> ARM_V7S_LVL1_SHIFT) & 0xfff)
#define ARM_V7S_LVL2_IDX(iova)		(((iova) >> ARM_V7S_LVL2_SHIFT) & 0xff)

/* Entry types, in bits 1:0. */
#define ARM_V7S_PTE_TYPE_MASK		0x3
#define ARM_V7S_PTE_TYPE_TABLE		0x1
#define ARM_V7S_PTE_TYPE_PAGE		0x2

/* Page permissions: AP0 = accessible, AP2 = read-only. */
#define ARM_V7S_ATTR_AP0		(1 << 4)
#define ARM_V7S_ATTR_AP2		(1 << 9)

#define ARM_V7S_TABLE_MASK		(~0x3ffU)	/* level-2 address */
#define ARM_V7S_PAGE_MASK		(~0xfffU)	/* page address */

struct arm_v7s_io_pgtable {
	struct io_pgtable	iop;
	arm_v7s_iopte		*pgd;
};

#define io_pgtable_to_data(x) \
	container_of((x), struct arm_v7s_io_pgtable, iop)
#define io_pgtable_ops_to_data(x) \
	io_pgtable_to_data(io_pgtable_ops_to_pgtable(x))

/* Tables are whole pages: page alignment covers the 1 KiB rule of L2. */
static arm_v7s_iopte *__arm_v7s_alloc_table(int lvl)
{
	size_t size = ARM_V7S_TABLE_SIZE(lvl);
	arm_v7s_iopte *table;

	table = alloc_pages_exact(size, GFP_KERNEL | __GFP_ZERO);
	if (table)
		memset(table, 0, size);
	return table;
}

static void __arm_v7s_free_table(arm_v7s_iopte *table, int lvl)
{
	free_pages_exact(table, ARM_V7S_TABLE_SIZE(lvl));
}

static arm_v7s_iopte *iopte_deref(arm_v7s_iopte pte)
{
	return phys_to_virt(pte & ARM_V7S_TABLE_MASK);
}

static bool iopte_is_table(arm_v7s_iopte pte)
{
	return (pte & ARM_V7S_PTE_TYPE_MASK) == ARM_V7S_PTE_TYPE_TABLE;
}

static bool iopte_is_page(arm_v7s_iopte pte)
{
	return (pte & ARM_V7S_PTE_TYPE_MASK) == ARM_V7S_PTE_TYPE_PAGE;
}

/* The level-2 entry for @iova, allocating its table if @alloc. */
static arm_v7s_iopte *arm_v7s_lvl2_ptep(struct arm_v7s_io_pgtable *data,
					unsigned long iova, bool alloc)
{
	arm_v7s_iopte *l1 = &data->pgd[ARM_V7S_LVL1_IDX(iova)];
	arm_v7s_iopte *l2;

	if (!*l1) {
		if (!alloc)
			return NULL;
		l2 = __arm_v7s_alloc_table(2);
		if (!l2)
			return NULL;
		*l1 = virt_to_phys(l2) | ARM_V7S_PTE_TYPE_TABLE;
	} else if (!iopte_is_table(*l1)) {
		return NULL;
	}

	return &iopte_deref(*l1)[ARM_V7S_LVL2_IDX(iova)];
}

static int arm_v7s_map(struct io_pgtable_ops *ops, unsigned long iova,
		       phys_addr_t paddr, size_t size, int prot)
{
	struct arm_v7s_io_pgtable *data = io_pgtable_ops_to_data(ops);
	arm_v7s_iopte *ptep, pte;

	/* Neither read nor write: nothing to map. */
	if (!(prot & (IOMMU_READ | IOMMU_WRITE)))
		return 0;

	if (WARN_ON(size != SZ_4K))
		return -EINVAL;

	ptep = arm_v7s_lvl2_ptep(data, iova, true);
	if (!ptep)
		return -ENOMEM;

	/* Mapping over a live entry means someone lost track of an IOVA. */
	if (WARN_ON(*ptep))
		return -EEXIST;

	pte = (paddr & ARM_V7S_PAGE_MASK) | ARM_V7S_PTE_TYPE_PAGE |
	      ARM_V7S_ATTR_AP0;
	if (!(prot & IOMMU_WRITE))
		pte |= ARM_V7S_ATTR_AP2;
	*ptep = pte;

	return 0;
}

static int arm_v7s_unmap(struct io_pgtable_ops *ops, unsigned long iova,
			 size_t size)
{
	struct arm_v7s_io_pgtable *data = io_pgtable_ops_to_data(ops);
	arm_v7s_iopte *ptep;

	if (WARN_ON(size != SZ_4K))
		return 0;

	ptep = arm_v7s_lvl2_ptep(data, iova, false);
	if (!ptep || !iopte_is_page(*ptep))
		return 0;

	*ptep = 0;
	io_pgtable_tlb_flush_all(&data->iop);
	io_pgtable_tlb_sync(&data->iop);

	return size;
}

static phys_addr_t arm_v7s_iova_to_phys(struct io_pgtable_ops *ops,
					unsigned long iova)
{
	struct arm_v7s_io_pgtable *data = io_pgtable_ops_to_data(ops);
	arm_v7s_iopte *ptep;

	ptep = arm_v7s_lvl2_ptep(data, iova, false);
	if (!ptep || !iopte_is_page(*ptep))
		return 0;

	return (*ptep & ARM_V7S_PAGE_MASK) | (iova & ~ARM_V7S_PAGE_MASK);
}

static struct io_pgtable *arm_v7s_alloc_pgtable(struct io_pgtable_cfg *cfg,
						void *cookie)
{
	struct arm_v7s_io_pgtable *data;

	if (cfg->ias > 32 || cfg->oas > 32)
		return NULL;

	data = kzalloc(sizeof(*data), GFP_KERNEL);
	if (!data)
		return NULL;

	data->pgd = __arm_v7s_alloc_table(1);
	if (!data->pgd) {
		kfree(data);
		return NULL;
	}

	data->iop.ops.map = arm_v7s_map;
	data->iop.ops.unmap = arm_v7s_unmap;
	data->iop.ops.iova_to_phys = arm_v7s_iova_to_phys;

	/* Small pages only. */
	cfg->pgsize_bitmap &= SZ_4K;

	/* What the IOMMU driver writes into its table base register. */
	cfg->arm_v7s_cfg.ttbr[0] = virt_to_phys(data->pgd);
	cfg->arm_v7s_cfg.ttbr[1] = 0;
	cfg->arm_v7s_cfg.tcr = 0;

	return &data->iop;
}

static void arm_v7s_free_pgtable(struct io_pgtable *iop)
{
	struct arm_v7s_io_pgtable *data = io_pgtable_to_data(iop);
	int i;

	for (i = 0; i < ARM_V7S_LVL1_PTES; i++) {
		arm_v7s_iopte pte = data->pgd[i];

		if (pte && iopte_is_table(pte))
			__arm_v7s_free_table(iopte_deref(pte), 2);
	}
	__arm_v7s_free_table(data->pgd, 1);
	kfree(data);
}

struct io_pgtable_init_fns io_pgtable_arm_v7s_init_fns = {
	.alloc	= arm_v7s_alloc_pgtable,
	.free	= arm_v7s_free_pgtable,
};
