/*
 * The device driver model (subset): devices, drivers, buses, and the
 * managed-resource (devres) list each device carries.
 */
#ifndef _DEVICE_H_
#define _DEVICE_H_

#include <linux/types.h>
#include <linux/kernel.h>
#include <linux/list.h>
#include <linux/kref.h>
#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/gfp.h>
#include <linux/notifier.h>
#include <linux/mod_devicetable.h>
#include <asm/device.h>

struct device;
struct device_private;
struct device_driver;
struct driver_private;
struct module;
struct bus_type;
struct subsys_private;
struct device_node;
struct fwnode_handle;
struct iommu_ops;
struct iommu_group;
struct dma_map_ops;
struct dma_iommu_mapping;
struct bus_dma_region;
struct dmabounce_device_info;
struct resource;

/* What a sysfs kobject would give us: a name and a reference count. */
struct kobject {
	const char		*name;
	struct kref		kref;
	unsigned int		state_in_sysfs:1;
};

static inline const char *kobject_name(const struct kobject *kobj)
{
	return kobj->name;
}

struct bus_type {
	const char		*name;

	int (*match)(struct device *dev, struct device_driver *drv);
	int (*probe)(struct device *dev);
	int (*remove)(struct device *dev);

	const struct iommu_ops *iommu_ops;

	struct subsys_private *p;
};

extern int bus_register(struct bus_type *bus);

extern int bus_for_each_dev(struct bus_type *bus, struct device *start,
			    void *data, int (*fn)(struct device *dev, void *data));
struct device *bus_find_device(struct bus_type *bus, struct device *start,
			       void *data,
			       int (*match)(struct device *dev, void *data));
int bus_for_each_drv(struct bus_type *bus, struct device_driver *start,
		     void *data, int (*fn)(struct device_driver *, void *));

extern int bus_register_notifier(struct bus_type *bus,
				 struct notifier_block *nb);
extern int bus_unregister_notifier(struct bus_type *bus,
				   struct notifier_block *nb);

/* Events sent down a bus's notifier chain, with the device as data. */
#define BUS_NOTIFY_ADD_DEVICE		0x00000001 /* device added */
#define BUS_NOTIFY_DEL_DEVICE		0x00000002 /* device to be removed */
#define BUS_NOTIFY_REMOVED_DEVICE	0x00000003 /* device removed */
#define BUS_NOTIFY_BIND_DRIVER		0x00000004 /* driver about to be bound */
#define BUS_NOTIFY_BOUND_DRIVER		0x00000005 /* driver bound to device */
#define BUS_NOTIFY_UNBIND_DRIVER	0x00000006 /* driver about to be unbound */
#define BUS_NOTIFY_UNBOUND_DRIVER	0x00000007 /* driver is unbound */
#define BUS_NOTIFY_DRIVER_NOT_BOUND	0x00000008 /* driver fails to be bound */

struct device_driver {
	const char		*name;
	struct bus_type		*bus;

	struct module		*owner;
	bool suppress_bind_attrs;

	const struct of_device_id	*of_match_table;

	int (*probe) (struct device *dev);
	int (*remove) (struct device *dev);

	struct driver_private *p;
};

extern int driver_register(struct device_driver *drv);
extern void driver_unregister(struct device_driver *drv);
extern struct device_driver *driver_find(const char *name,
					 struct bus_type *bus);

struct device {
	struct device		*parent;

	struct device_private	*p;

	struct kobject kobj;
	const char		*init_name; /* name until device_add() */

	struct mutex		mutex;	/* serialises probe and remove */

	struct bus_type	*bus;
	struct device_driver *driver;	/* the bound driver, or NULL */
	void		*platform_data;
	void		*driver_data;	/* dev_set_drvdata/dev_get_drvdata */

	const struct dma_map_ops *dma_ops;
	u64		*dma_mask;
	u64		coherent_dma_mask;
	unsigned long	dma_pfn_offset;
	/*
	 * Later members (upstream v4.19 and v5.10): the device's own DMA
	 * coherency and its dma-ranges windows. Nothing in the v4.12 model
	 * sets them; the history's later patches do.
	 */
	const struct bus_dma_region *dma_range_map;
	bool		dma_coherent;

	/* arch specific additions */
	struct dev_archdata	archdata;

	struct device_node	*of_node;
	struct fwnode_handle	*fwnode;

	spinlock_t		devres_lock;
	struct list_head	devres_head;

	struct iommu_group	*iommu_group;

	void	(*release)(struct device *dev);
};

static inline const char *dev_name(const struct device *dev)
{
	/* Before device_add() the kobject has no name yet. */
	if (dev->init_name)
		return dev->init_name;

	return kobject_name(&dev->kobj);
}

/*
 * No va_list in the model: the name is formatted by the kasprintf()
 * primitive and handed over.
 */
extern int __dev_set_name(struct device *dev, char *name);
#define dev_set_name(dev, fmt, ...) \
	__dev_set_name(dev, kasprintf(GFP_KERNEL, fmt, ##__VA_ARGS__))

static inline void *dev_get_drvdata(const struct device *dev)
{
	return dev->driver_data;
}

static inline void dev_set_drvdata(struct device *dev, void *data)
{
	dev->driver_data = data;
}

static inline void device_lock(struct device *dev)
{
	mutex_lock(&dev->mutex);
}

static inline void device_unlock(struct device *dev)
{
	mutex_unlock(&dev->mutex);
}

/* Whether an IOMMU driver took @dev on (it has an IOMMU group). */
static inline bool device_iommu_mapped(struct device *dev)
{
	return (dev->iommu_group != NULL);
}

static inline bool device_is_registered(struct device *dev)
{
	return dev->kobj.state_in_sysfs;
}

extern void device_initialize(struct device *dev);
extern int device_add(struct device *dev);
extern int device_register(struct device *dev);
extern struct device *get_device(struct device *dev);
extern void put_device(struct device *dev);

extern bool device_is_bound(struct device *dev);
extern int device_attach(struct device *dev);
extern void device_initial_probe(struct device *dev);
extern int driver_attach(struct device_driver *drv);
extern void device_release_driver(struct device *dev);
extern int __must_check device_bind_driver(struct device *dev);

/* Managed resources, released in reverse order when the driver goes. */
typedef void (*dr_release_t)(struct device *dev, void *res);
typedef int (*dr_match_t)(struct device *dev, void *res, void *match_data);

extern void *devres_alloc_node(dr_release_t release, size_t size, gfp_t gfp,
			       int nid);
#define devres_alloc(release, size, gfp) \
	devres_alloc_node(release, size, gfp, -1)
extern void devres_free(void *res);
extern void devres_add(struct device *dev, void *res);
extern void *devres_find(struct device *dev, dr_release_t release,
			 dr_match_t match, void *match_data);
extern void *devres_remove(struct device *dev, dr_release_t release,
			   dr_match_t match, void *match_data);
extern int devres_destroy(struct device *dev, dr_release_t release,
			  dr_match_t match, void *match_data);
extern int devres_release_all(struct device *dev);

extern void *devm_kmalloc(struct device *dev, size_t size, gfp_t gfp);
static inline void *devm_kzalloc(struct device *dev, size_t size, gfp_t gfp)
{
	return devm_kmalloc(dev, size, gfp | __GFP_ZERO);
}
extern void devm_kfree(struct device *dev, void *p);

void __iomem *devm_ioremap_resource(struct device *dev, struct resource *res);

/* Primitive: the level comes from the KERN_* string. */
__printf(3, 4)
void dev_printk(const char *level, const struct device *dev,
		const char *fmt, ...);

#define dev_emerg(dev, fmt, ...) \
	dev_printk(KERN_EMERG, dev, fmt, ##__VA_ARGS__)
#define dev_crit(dev, fmt, ...) \
	dev_printk(KERN_CRIT, dev, fmt, ##__VA_ARGS__)
#define dev_err(dev, fmt, ...) \
	dev_printk(KERN_ERR, dev, fmt, ##__VA_ARGS__)
#define dev_warn(dev, fmt, ...) \
	dev_printk(KERN_WARNING, dev, fmt, ##__VA_ARGS__)
#define dev_notice(dev, fmt, ...) \
	dev_printk(KERN_NOTICE, dev, fmt, ##__VA_ARGS__)
#define dev_info(dev, fmt, ...) \
	dev_printk(KERN_INFO, dev, fmt, ##__VA_ARGS__)
#define dev_dbg(dev, fmt, ...) \
	dev_printk(KERN_DEBUG, dev, fmt, ##__VA_ARGS__)

#endif /* _DEVICE_H_ */
