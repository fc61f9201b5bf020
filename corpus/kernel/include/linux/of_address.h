#ifndef __OF_ADDRESS_H
#define __OF_ADDRESS_H

#include <linux/ioport.h>
#include <linux/of.h>

/* Primitives: a node's reg entries and dma-ranges. */
extern int of_address_to_resource(struct device_node *dev, int index,
				  struct resource *r);
extern int of_dma_get_range(struct device_node *np, u64 *dma_addr,
			    u64 *paddr, u64 *size);

/* drivers/of/address.c */
extern bool of_dma_is_coherent(struct device_node *np);

#endif /* __OF_ADDRESS_H */
