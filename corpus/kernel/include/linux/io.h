#ifndef _LINUX_IO_H
#define _LINUX_IO_H

#include <linux/types.h>
#include <linux/err.h>
#include <asm/io.h>

struct device;
struct resource;

#define IOMEM_ERR_PTR(err) (__force void __iomem *)ERR_PTR(err)

/* lib/devres.c: mappings undone when the driver unbinds. */
void __iomem *devm_ioremap(struct device *dev, resource_size_t offset,
			   resource_size_t size);
void devm_iounmap(struct device *dev, void __iomem *addr);

#endif /* _LINUX_IO_H */
