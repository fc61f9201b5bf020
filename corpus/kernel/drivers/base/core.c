/*
 * Device registration: initialise, name, add to the bus, announce on the
 * bus notifier, then try to probe.
 */
#include <linux/device.h>
#include <linux/err.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/export.h>

#include "base.h"

int __dev_set_name(struct device *dev, char *name)
{
	if (!name)
		return -ENOMEM;

	kfree(dev->kobj.name);
	dev->kobj.name = name;
	return 0;
}
EXPORT_SYMBOL_GPL(__dev_set_name);

static void device_release(struct kref *kref)
{
	struct device *dev = container_of(kref, struct device, kobj.kref);

	if (dev->release)
		dev->release(dev);
	else
		WARN(1, "Device '%s' has no release() function\n",
		     dev_name(dev));
}

struct device *get_device(struct device *dev)
{
	if (dev)
		kref_get(&dev->kobj.kref);
	return dev;
}
EXPORT_SYMBOL_GPL(get_device);

void put_device(struct device *dev)
{
	if (dev)
		kref_put(&dev->kobj.kref, device_release);
}
EXPORT_SYMBOL_GPL(put_device);

/* Make @dev usable by get_device()/put_device() and devres. */
void device_initialize(struct device *dev)
{
	kref_init(&dev->kobj.kref);
	mutex_init(&dev->mutex);
	spin_lock_init(&dev->devres_lock);
	INIT_LIST_HEAD(&dev->devres_head);
}
EXPORT_SYMBOL_GPL(device_initialize);

int device_private_init(struct device *dev)
{
	dev->p = kzalloc(sizeof(*dev->p), GFP_KERNEL);
	if (!dev->p)
		return -ENOMEM;
	dev->p->device = dev;
	INIT_LIST_HEAD(&dev->p->knode_driver);
	INIT_LIST_HEAD(&dev->p->knode_bus);
	INIT_LIST_HEAD(&dev->p->deferred_probe);
	return 0;
}

int device_add(struct device *dev)
{
	int error = -EINVAL;

	dev = get_device(dev);
	if (!dev)
		goto done;

	if (!dev->p) {
		error = device_private_init(dev);
		if (error)
			goto done;
	}

	/* The initial name becomes the kobject's name. */
	if (dev->init_name) {
		dev_set_name(dev, "%s", dev->init_name);
		dev->init_name = NULL;
	}

	if (!dev_name(dev)) {
		error = -EINVAL;
		goto name_error;
	}

	pr_debug("device: '%s': %s\n", dev_name(dev), __func__);

	error = bus_add_device(dev);
	if (error)
		goto name_error;
	dev->kobj.state_in_sysfs = 1;

	/* Tell the bus's listeners (e.g. the IOMMU core) before probing. */
	if (dev->bus)
		blocking_notifier_call_chain(&dev->bus->p->bus_notifier,
					     BUS_NOTIFY_ADD_DEVICE, dev);

	bus_probe_device(dev);
done:
	put_device(dev);
	return error;

name_error:
	kfree(dev->p);
	dev->p = NULL;
	goto done;
}
EXPORT_SYMBOL_GPL(device_add);

int device_register(struct device *dev)
{
	device_initialize(dev);
	return device_add(dev);
}
EXPORT_SYMBOL_GPL(device_register);
