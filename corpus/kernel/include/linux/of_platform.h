#ifndef _LINUX_OF_PLATFORM_H
#define _LINUX_OF_PLATFORM_H

#include <linux/device.h>
#include <linux/mod_devicetable.h>
#include <linux/platform_device.h>
#include <linux/of.h>

extern struct platform_device *of_device_alloc(struct device_node *np,
					       const char *bus_id,
					       struct device *parent);
extern struct platform_device *of_find_device_by_node(struct device_node *np);

/* The runner's "add" action: of_platform_device_create(np, NULL, NULL). */
extern struct platform_device *of_platform_device_create(struct device_node *np,
						   const char *bus_id,
						   struct device *parent);

#endif /* _LINUX_OF_PLATFORM_H */
