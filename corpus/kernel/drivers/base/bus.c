/*
 * Buses: the devices and drivers on each, matching between them, and the
 * bus notifier chain.
 */
#include <linux/device.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/export.h>

#include "base.h"

int bus_for_each_dev(struct bus_type *bus, struct device *start,
		     void *data, int (*fn)(struct device *, void *))
{
	struct device_private *dp, *next;
	bool started = !start;
	int error = 0;

	if (!bus || !bus->p)
		return -EINVAL;

	list_for_each_entry_safe(dp, next, &bus->p->klist_devices, knode_bus) {
		if (!started) {
			/* Iteration begins after @start. */
			started = dp->device == start;
			continue;
		}
		error = fn(dp->device, data);
		if (error)
			break;
	}
	return error;
}
EXPORT_SYMBOL_GPL(bus_for_each_dev);

struct device *bus_find_device(struct bus_type *bus,
			       struct device *start, void *data,
			       int (*match)(struct device *dev, void *data))
{
	struct device_private *dp;
	bool started = !start;

	if (!bus || !bus->p)
		return NULL;

	list_for_each_entry(dp, &bus->p->klist_devices, knode_bus) {
		if (!started) {
			started = dp->device == start;
			continue;
		}
		if (match(dp->device, data))
			return get_device(dp->device);
	}
	return NULL;
}
EXPORT_SYMBOL_GPL(bus_find_device);

int bus_for_each_drv(struct bus_type *bus, struct device_driver *start,
		     void *data, int (*fn)(struct device_driver *, void *))
{
	struct driver_private *drvp, *next;
	bool started = !start;
	int error = 0;

	if (!bus || !bus->p)
		return -EINVAL;

	list_for_each_entry_safe(drvp, next, &bus->p->klist_drivers, knode_bus) {
		if (!started) {
			started = drvp->driver == start;
			continue;
		}
		error = fn(drvp->driver, data);
		if (error)
			break;
	}
	return error;
}
EXPORT_SYMBOL_GPL(bus_for_each_drv);

/* Put a device being added on its bus's list. */
int bus_add_device(struct device *dev)
{
	struct bus_type *bus = dev->bus;

	if (bus) {
		pr_debug("bus: '%s': add device %s\n", bus->name, dev_name(dev));
		list_add_tail(&dev->p->knode_bus, &bus->p->klist_devices);
	}
	return 0;
}

/* Try the drivers of the bus on a newly added device. */
void bus_probe_device(struct device *dev)
{
	struct bus_type *bus = dev->bus;

	if (!bus)
		return;

	if (bus->p->drivers_autoprobe)
		device_initial_probe(dev);
}

int bus_add_driver(struct device_driver *drv)
{
	struct bus_type *bus = drv->bus;
	struct driver_private *priv;
	int error = 0;

	if (!bus || !bus->p)
		return -EINVAL;

	pr_debug("bus: '%s': add driver %s\n", bus->name, drv->name);

	priv = kzalloc(sizeof(*priv), GFP_KERNEL);
	if (!priv)
		return -ENOMEM;
	INIT_LIST_HEAD(&priv->klist_devices);
	priv->driver = drv;
	drv->p = priv;

	list_add_tail(&priv->knode_bus, &bus->p->klist_drivers);
	if (drv->bus->p->drivers_autoprobe) {
		error = driver_attach(drv);
		if (error) {
			list_del(&priv->knode_bus);
			drv->p = NULL;
			kfree(priv);
		}
	}
	return error;
}

void bus_remove_driver(struct device_driver *drv)
{
	if (!drv->bus || !drv->p)
		return;

	pr_debug("bus: '%s': remove driver %s\n", drv->bus->name, drv->name);
	driver_detach(drv);
	list_del(&drv->p->knode_bus);
	kfree(drv->p);
	drv->p = NULL;
}

int bus_register_notifier(struct bus_type *bus, struct notifier_block *nb)
{
	return blocking_notifier_chain_register(&bus->p->bus_notifier, nb);
}
EXPORT_SYMBOL_GPL(bus_register_notifier);

int bus_unregister_notifier(struct bus_type *bus, struct notifier_block *nb)
{
	return blocking_notifier_chain_unregister(&bus->p->bus_notifier, nb);
}
EXPORT_SYMBOL_GPL(bus_unregister_notifier);

int bus_register(struct bus_type *bus)
{
	struct subsys_private *priv;

	priv = kzalloc(sizeof(struct subsys_private), GFP_KERNEL);
	if (!priv)
		return -ENOMEM;

	priv->bus = bus;
	INIT_LIST_HEAD(&priv->klist_devices);
	INIT_LIST_HEAD(&priv->klist_drivers);
	BLOCKING_INIT_NOTIFIER_HEAD(&priv->bus_notifier);
	priv->drivers_autoprobe = 1;
	bus->p = priv;

	pr_debug("bus: '%s': registered\n", bus->name);
	return 0;
}
EXPORT_SYMBOL_GPL(bus_register);
