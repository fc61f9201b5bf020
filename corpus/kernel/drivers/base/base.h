/*
 * Driver core internals shared by the files of drivers/base.
 *
 * The kernel keeps these lists as klists; the model uses plain lists,
 * since nothing runs concurrently.
 */
#include <linux/device.h>
#include <linux/notifier.h>

/* Private half of a bus_type. */
struct subsys_private {
	struct list_head klist_devices;		/* device_private.knode_bus */
	struct list_head klist_drivers;		/* driver_private.knode_bus */
	struct blocking_notifier_head bus_notifier;
	unsigned int drivers_autoprobe:1;
	struct bus_type *bus;
};

/* Private half of a device_driver. */
struct driver_private {
	struct list_head klist_devices;		/* device_private.knode_driver */
	struct list_head knode_bus;
	struct device_driver *driver;
};

/* Private half of a device, allocated by device_add(). */
struct device_private {
	struct list_head knode_driver;
	struct list_head knode_bus;
	struct list_head deferred_probe;
	struct device *device;
};

static inline int driver_match_device(struct device_driver *drv,
				      struct device *dev)
{
	return drv->bus->match ? drv->bus->match(dev, drv) : 1;
}

extern int device_private_init(struct device *dev);

extern int bus_add_device(struct device *dev);
extern void bus_probe_device(struct device *dev);
extern int bus_add_driver(struct device_driver *drv);
extern void bus_remove_driver(struct device_driver *drv);

extern void driver_detach(struct device_driver *drv);
extern int driver_probe_device(struct device_driver *drv, struct device *dev);
extern void driver_deferred_probe_del(struct device *dev);
extern void device_release_driver_internal(struct device *dev,
					   struct device_driver *drv,
					   struct device *parent);

extern int platform_bus_init(void);
