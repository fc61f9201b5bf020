#ifndef _ASM_ARM_XEN_HYPERVISOR_H
#define _ASM_ARM_XEN_HYPERVISOR_H

struct dma_map_ops;

/* The ops every dom0 device uses; they forward to archdata.dev_dma_ops. */
extern const struct dma_map_ops *xen_dma_ops;

#endif /* _ASM_ARM_XEN_HYPERVISOR_H */
