/*
 * Driver registration.
 */
#include <linux/device.h>
#include <linux/string.h>
#include <linux/export.h>

#include "base.h"

struct device_driver *driver_find(const char *name, struct bus_type *bus)
{
	struct driver_private *drvp;

	list_for_each_entry(drvp, &bus->p->klist_drivers, knode_bus)
		if (!strcmp(drvp->driver->name, name))
			return drvp->driver;
	return NULL;
}
EXPORT_SYMBOL_GPL(driver_find);

/* Add @drv to its bus and bind it to every matching device present. */
int driver_register(struct device_driver *drv)
{
	if (!drv->bus || !drv->bus->p) {
		printk(KERN_ERR "Driver '%s' was unable to register with bus_type '%s' because the bus was not initialized.\n",
			   drv->name, drv->bus ? drv->bus->name : "(none)");
		return -EINVAL;
	}

	if (driver_find(drv->name, drv->bus)) {
		printk(KERN_ERR "Error: Driver '%s' is already registered, aborting...\n",
			drv->name);
		return -EBUSY;
	}

	return bus_add_driver(drv);
}
EXPORT_SYMBOL_GPL(driver_register);

void driver_unregister(struct device_driver *drv)
{
	if (!drv || !drv->p) {
		WARN(1, "Unexpected driver unregister!\n");
		return;
	}
	bus_remove_driver(drv);
}
EXPORT_SYMBOL_GPL(driver_unregister);
