#ifndef ASMARM_DMA_IOMMU_H
#define ASMARM_DMA_IOMMU_H

#include <linux/types.h>
#include <linux/spinlock.h>
#include <linux/kref.h>

struct bus_type;
struct device;
struct iommu_domain;

/*
 * An IOVA space shared by the masters attached to it: an IOMMU domain
 * plus a bitmap allocator over [base, base + size).
 */
struct dma_iommu_mapping {
	/* the IOMMU side */
	struct iommu_domain	*domain;

	/* the allocator: one bitmap of @bits pages per extension */
	unsigned long		**bitmaps;	/* nr_bitmaps allocated */
	unsigned int		nr_bitmaps;
	unsigned int		extensions;	/* how many there may be */
	size_t			bitmap_size;	/* bytes per bitmap */
	size_t			bits;		/* pages per bitmap */
	dma_addr_t		base;

	spinlock_t		lock;
	struct kref		kref;
};

struct dma_iommu_mapping *
arm_iommu_create_mapping(struct bus_type *bus, dma_addr_t base, u64 size);

void arm_iommu_release_mapping(struct dma_iommu_mapping *mapping);

int arm_iommu_attach_device(struct device *dev,
					struct dma_iommu_mapping *mapping);
void arm_iommu_detach_device(struct device *dev);

#endif
