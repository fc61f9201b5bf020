/*
 * drivers/gpu/drm/drm_drv.c - the DRM device's life (model).
 *
 * Only what an aggregate driver's bind and unbind go through: allocate,
 * register, unregister, drop the last reference.
 */
#include <drm/drmP.h>
#include <linux/err.h>
#include <linux/export.h>
#include <linux/slab.h>

struct drm_device *drm_dev_alloc(struct drm_driver *driver,
				 struct device *parent)
{
	struct drm_device *dev;

	dev = kzalloc(sizeof(*dev), GFP_KERNEL);
	if (!dev)
		return ERR_PTR(-ENOMEM);

	kref_init(&dev->ref);
	dev->dev = parent;
	dev->driver = driver;

	return dev;
}
EXPORT_SYMBOL(drm_dev_alloc);

int drm_dev_register(struct drm_device *dev, unsigned long flags)
{
	dev->registered = true;
	return 0;
}
EXPORT_SYMBOL(drm_dev_register);

void drm_dev_unregister(struct drm_device *dev)
{
	dev->registered = false;
}
EXPORT_SYMBOL(drm_dev_unregister);

static void drm_dev_release(struct kref *ref)
{
	struct drm_device *dev = container_of(ref, struct drm_device, ref);

	kfree(dev);
}

void drm_dev_unref(struct drm_device *dev)
{
	if (dev)
		kref_put(&dev->ref, drm_dev_release);
}
EXPORT_SYMBOL(drm_dev_unref);
