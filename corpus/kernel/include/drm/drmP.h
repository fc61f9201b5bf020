/*
 * The DRM core as the Exynos driver uses it (model): a drm_device that
 * the aggregate driver allocates at bind and drops at unbind. Mode
 * setting, vblank and the file interface are not modelled.
 */
#ifndef _DRM_P_H_
#define _DRM_P_H_

#include <linux/device.h>
#include <linux/kernel.h>
#include <linux/kref.h>

struct drm_driver {
	const char *name;
	const char *desc;
};

struct drm_device {
	struct kref ref;
	struct device *dev;		/* the aggregate's device */
	struct drm_driver *driver;
	void *dev_private;
	bool registered;
};

struct drm_device *drm_dev_alloc(struct drm_driver *driver,
				 struct device *parent);
int drm_dev_register(struct drm_device *dev, unsigned long flags);
void drm_dev_unregister(struct drm_device *dev);
void drm_dev_unref(struct drm_device *dev);

#define DRM_ERROR(fmt, ...) \
	printk(KERN_ERR "[drm:%s] *ERROR* " fmt, __func__, ##__VA_ARGS__)
#define DRM_INFO(fmt, ...) \
	printk(KERN_INFO "[drm] " fmt, ##__VA_ARGS__)
#define DRM_DEBUG(fmt, ...) \
	printk(KERN_DEBUG "[drm:%s] " fmt, __func__, ##__VA_ARGS__)

#endif
