#ifndef _LINUX_FWNODE_H_
#define _LINUX_FWNODE_H_

/*
 * A firmware node handle. Each struct device_node embeds one, so an
 * IOMMU registered under &np->fwnode is found again from its node.
 */
struct fwnode_handle {
	struct fwnode_handle *secondary;
};

#endif
