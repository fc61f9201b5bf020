/*
 * OF helpers for IOMMU masters: find the IOMMU named by a device's
 * "iommus" property and let its driver take the master on.
 */

#include <linux/err.h>
#include <linux/export.h>
#include <linux/iommu.h>
#include <linux/of.h>
#include <linux/of_iommu.h>
#include <linux/slab.h>

static const struct iommu_ops
*of_iommu_xlate(struct device *dev, struct of_phandle_args *iommu_spec)
{
	const struct iommu_ops *ops;
	struct fwnode_handle *fwnode = &iommu_spec->np->fwnode;
	int err;

	ops = iommu_ops_from_fwnode(fwnode);
	if ((ops && !ops->of_xlate) ||
	    !of_device_is_available(iommu_spec->np))
		return NULL;

	/*
	 * The IOMMU exists in the tree but its driver has not probed it
	 * yet: the master has to wait.
	 */
	if (!ops)
		return ERR_PTR(-EPROBE_DEFER);

	err = ops->of_xlate(dev, iommu_spec);
	if (err)
		return ERR_PTR(err);

	return ops;
}

static const struct iommu_ops
*of_platform_iommu_init(struct device *dev, struct device_node *np)
{
	struct of_phandle_args iommu_spec;
	const struct iommu_ops *ops = NULL;
	int idx = 0;

	/* Only the node's own "iommus"; parents are not searched. */
	while (!of_parse_phandle_with_args(np, "iommus", "#iommu-cells",
					   idx, &iommu_spec)) {
		ops = of_iommu_xlate(dev, &iommu_spec);
		of_node_put(iommu_spec.np);
		idx++;
		if (IS_ERR_OR_NULL(ops))
			break;
	}

	return ops;
}

/*
 * of_iommu_configure - the IOMMU ops for @dev, NULL when it has no IOMMU,
 * ERR_PTR(-EPROBE_DEFER) while its IOMMU has not probed.
 */
const struct iommu_ops *of_iommu_configure(struct device *dev,
					   struct device_node *master_np)
{
	const struct iommu_ops *ops;
	int err;

	if (!master_np)
		return NULL;

	ops = of_platform_iommu_init(dev, master_np);
	/*
	 * The IOMMU driver's add_device() ran when the device was added,
	 * before of_xlate() told it about the master: run it again.
	 */
	if (!IS_ERR_OR_NULL(ops) && ops->add_device &&
	    dev->bus && !dev->iommu_group) {
		err = ops->add_device(dev);
		if (err)
			ops = ERR_PTR(err);
	}

	/* Only deferral stops the probe; otherwise do without the IOMMU. */
	if (IS_ERR(ops) && (PTR_ERR(ops) != -EPROBE_DEFER)) {
		dev_dbg(dev, "Adding to IOMMU failed: %ld\n", PTR_ERR(ops));
		ops = NULL;
	}

	return ops;
}
