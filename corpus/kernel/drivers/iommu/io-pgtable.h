#ifndef __IO_PGTABLE_H
#define __IO_PGTABLE_H

#include <linux/types.h>
#include <linux/kernel.h>

/* Page-table formats an IOMMU driver can ask for. */
enum io_pgtable_fmt {
	ARM_V7S,
	IO_PGTABLE_NUM_FMTS,
};

/* How the page-table code tells the IOMMU driver to flush its TLBs. */
struct iommu_gather_ops {
	void (*tlb_flush_all)(void *cookie);
	void (*tlb_sync)(void *cookie);
};

struct io_pgtable_cfg {
	unsigned long			quirks;
	unsigned long			pgsize_bitmap;
	unsigned int			ias;
	unsigned int			oas;
	const struct iommu_gather_ops	*tlb;
	struct device			*iommu_dev;

	/* Filled by the allocator: what goes into the hardware. */
	struct {
		u32	ttbr[2];
		u32	tcr;
	} arm_v7s_cfg;
};

struct io_pgtable_ops {
	int (*map)(struct io_pgtable_ops *ops, unsigned long iova,
		   phys_addr_t paddr, size_t size, int prot);
	int (*unmap)(struct io_pgtable_ops *ops, unsigned long iova,
		     size_t size);
	phys_addr_t (*iova_to_phys)(struct io_pgtable_ops *ops,
				    unsigned long iova);
};

struct io_pgtable_ops *alloc_io_pgtable_ops(enum io_pgtable_fmt fmt,
					    struct io_pgtable_cfg *cfg,
					    void *cookie);
void free_io_pgtable_ops(struct io_pgtable_ops *ops);

struct io_pgtable {
	enum io_pgtable_fmt	fmt;
	void			*cookie;
	struct io_pgtable_cfg	cfg;
	struct io_pgtable_ops	ops;
};

#define io_pgtable_ops_to_pgtable(x) container_of((x), struct io_pgtable, ops)

static inline void io_pgtable_tlb_flush_all(struct io_pgtable *iop)
{
	if (iop->cfg.tlb && iop->cfg.tlb->tlb_flush_all)
		iop->cfg.tlb->tlb_flush_all(iop->cookie);
}

static inline void io_pgtable_tlb_sync(struct io_pgtable *iop)
{
	if (iop->cfg.tlb && iop->cfg.tlb->tlb_sync)
		iop->cfg.tlb->tlb_sync(iop->cookie);
}

struct io_pgtable_init_fns {
	struct io_pgtable *(*alloc)(struct io_pgtable_cfg *cfg, void *cookie);
	void (*free)(struct io_pgtable *iop);
};

extern struct io_pgtable_init_fns io_pgtable_arm_v7s_init_fns;

#endif /* __IO_PGTABLE_H */
