#ifndef _LINUX_OF_DEVICE_H
#define _LINUX_OF_DEVICE_H

#include <linux/platform_device.h>
#include <linux/of_platform.h>
#include <linux/of.h>
#include <linux/mod_devicetable.h>

struct device;

extern const struct of_device_id *of_match_device(
	const struct of_device_id *matches, const struct device *dev);

static inline int of_driver_match_device(struct device *dev,
					 const struct device_driver *drv)
{
	return of_match_device(drv->of_match_table, dev) != NULL;
}

extern int of_device_add(struct platform_device *pdev);

extern int of_dma_configure(struct device *dev, struct device_node *np);
extern void of_dma_deconfigure(struct device *dev);

#endif /* _LINUX_OF_DEVICE_H */
