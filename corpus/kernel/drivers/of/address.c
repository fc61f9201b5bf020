/*
 * Address translation lives in the of_address_to_resource() and
 * of_dma_get_range() primitives; what is left here is coherency.
 */
#include <linux/of.h>
#include <linux/of_address.h>
#include <linux/export.h>

/* A node is DMA coherent if it, or any ancestor, says "dma-coherent". */
bool of_dma_is_coherent(struct device_node *np)
{
	for (; np; np = np->parent)
		if (of_property_read_bool(np, "dma-coherent"))
			return true;
	return false;
}
EXPORT_SYMBOL_GPL(of_dma_is_coherent);
