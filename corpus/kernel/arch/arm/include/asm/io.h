#ifndef __ASM_ARM_IO_H
#define __ASM_ARM_IO_H

#include <linux/types.h>

/*
 * Primitives: ioremap() maps a node's MMIO window into the vmalloc area;
 * readl()/writel() reach the register model chosen by its compatible.
 */
void __iomem *ioremap(resource_size_t res_cookie, size_t size);
void iounmap(volatile void __iomem *iomem_cookie);
u32 readl(const volatile void __iomem *addr);
void writel(u32 val, volatile void __iomem *addr);

#define readl_relaxed(c)	readl(c)
#define writel_relaxed(v, c)	writel(v, c)
#define ioread32(p)		readl(p)
#define iowrite32(v, p)		writel(v, p)

#endif
