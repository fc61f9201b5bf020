/*
 * The platform bus: devices described by the device tree, matched to
 * drivers by the compatible strings of their of_match_table.
 */
#include <linux/platform_device.h>
#include <linux/of_device.h>
#include <linux/of.h>
#include <linux/module.h>
#include <linux/init.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/err.h>
#include <linux/export.h>

#include "base.h"

/* Resource @num of type @type, or NULL. */
struct resource *platform_get_resource(struct platform_device *dev,
				       unsigned int type, unsigned int num)
{
	u32 i;

	for (i = 0; i < dev->num_resources; i++) {
		struct resource *r = &dev->resource[i];

		if (resource_type(r) == type && num-- == 0)
			return r;
	}
	return NULL;
}
EXPORT_SYMBOL_GPL(platform_get_resource);

static void platform_device_release(struct device *dev)
{
	struct platform_device *pdev = to_platform_device(dev);

	kfree(pdev->dev.kobj.name);
	kfree(pdev->resource);
	kfree(pdev->driver_override);
	kfree(pdev->name);
	kfree(pdev);
}

void platform_device_put(struct platform_device *pdev)
{
	if (pdev)
		put_device(&pdev->dev);
}
EXPORT_SYMBOL_GPL(platform_device_put);

/* A platform device not yet on the bus; id -1 means "only one". */
struct platform_device *platform_device_alloc(const char *name, int id)
{
	struct platform_device *pdev;

	pdev = kzalloc(sizeof(*pdev), GFP_KERNEL);
	if (!pdev)
		return NULL;

	pdev->name = kstrdup(name, GFP_KERNEL);
	pdev->id = id;
	device_initialize(&pdev->dev);
	pdev->dev.release = platform_device_release;
	return pdev;
}
EXPORT_SYMBOL_GPL(platform_device_alloc);

/* Name the device after its driver-visible name and id, then add it. */
int platform_device_add(struct platform_device *pdev)
{
	if (!pdev)
		return -EINVAL;

	pdev->dev.bus = &platform_bus_type;

	if (pdev->id == -1)
		dev_set_name(&pdev->dev, "%s", pdev->name);
	else
		dev_set_name(&pdev->dev, "%s.%d", pdev->name, pdev->id);

	return device_add(&pdev->dev);
}
EXPORT_SYMBOL_GPL(platform_device_add);

static int platform_drv_probe(struct device *_dev)
{
	struct platform_driver *drv = to_platform_driver(_dev->driver);
	struct platform_device *dev = to_platform_device(_dev);
	int ret = 0;

	if (drv->probe)
		ret = drv->probe(dev);

	if (drv->prevent_deferred_probe && ret == -EPROBE_DEFER) {
		dev_warn(_dev, "probe deferral not supported\n");
		ret = -ENXIO;
	}

	return ret;
}

static int platform_drv_remove(struct device *_dev)
{
	struct platform_driver *drv = to_platform_driver(_dev->driver);
	struct platform_device *dev = to_platform_device(_dev);
	int ret = 0;

	if (drv->remove)
		ret = drv->remove(dev);

	return ret;
}

int __platform_driver_register(struct platform_driver *drv,
				struct module *owner)
{
	drv->driver.owner = owner;
	drv->driver.bus = &platform_bus_type;
	drv->driver.probe = platform_drv_probe;
	drv->driver.remove = platform_drv_remove;

	return driver_register(&drv->driver);
}
EXPORT_SYMBOL_GPL(__platform_driver_register);

void platform_driver_unregister(struct platform_driver *drv)
{
	driver_unregister(&drv->driver);
}
EXPORT_SYMBOL_GPL(platform_driver_unregister);

/*
 * Device tree compatible first; a device with no node falls back to its
 * name.
 */
static int platform_match(struct device *dev, struct device_driver *drv)
{
	struct platform_device *pdev = to_platform_device(dev);

	if (pdev->driver_override)
		return !strcmp(pdev->driver_override, drv->name);

	if (of_driver_match_device(dev, drv))
		return 1;

	return (strcmp(pdev->name, drv->name) == 0);
}

struct bus_type platform_bus_type = {
	.name		= "platform",
	.match		= platform_match,
};
EXPORT_SYMBOL_GPL(platform_bus_type);

int __init platform_bus_init(void)
{
	return bus_register(&platform_bus_type);
}
