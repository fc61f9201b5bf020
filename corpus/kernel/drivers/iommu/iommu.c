/*
 * The IOMMU core (subset): registered IOMMU instances, one IOMMU driver
 * per bus, groups of devices that translate together, and domains (an
 * address space) that groups attach to.
 */

#include <linux/device.h>
#include <linux/kernel.h>
#include <linux/bug.h>
#include <linux/types.h>
#include <linux/init.h>
#include <linux/export.h>
#include <linux/slab.h>
#include <linux/errno.h>
#include <linux/iommu.h>
#include <linux/bitops.h>
#include <linux/kref.h>
#include <linux/mutex.h>
#include <linux/notifier.h>
#include <linux/spinlock.h>
#include <linux/list.h>

static int iommu_group_next_id;

/*
 * Devices behind an IOMMU that it cannot tell apart; they are attached
 * to domains together. The kernel counts references with a kobject.
 */
struct iommu_group {
	struct kref ref;
	struct list_head devices;
	struct mutex mutex;
	int id;
	struct iommu_domain *default_domain;
	struct iommu_domain *domain;
};

struct group_device {
	struct list_head list;
	struct device *dev;
};

static LIST_HEAD(iommu_device_list);
static DEFINE_SPINLOCK(iommu_device_lock);

int iommu_device_register(struct iommu_device *iommu)
{
	spin_lock(&iommu_device_lock);
	list_add_tail(&iommu->list, &iommu_device_list);
	spin_unlock(&iommu_device_lock);
	return 0;
}
EXPORT_SYMBOL_GPL(iommu_device_register);

void iommu_device_unregister(struct iommu_device *iommu)
{
	spin_lock(&iommu_device_lock);
	list_del(&iommu->list);
	spin_unlock(&iommu_device_lock);
}
EXPORT_SYMBOL_GPL(iommu_device_unregister);

/*
 * The ops of the IOMMU registered under @fwnode (its device tree node),
 * or NULL while that IOMMU has not probed.
 */
const struct iommu_ops *iommu_ops_from_fwnode(struct fwnode_handle *fwnode)
{
	const struct iommu_ops *ops = NULL;
	struct iommu_device *iommu;

	spin_lock(&iommu_device_lock);
	list_for_each_entry(iommu, &iommu_device_list, list)
		if (iommu->fwnode == fwnode) {
			ops = iommu->ops;
			break;
		}
	spin_unlock(&iommu_device_lock);
	return ops;
}
EXPORT_SYMBOL_GPL(iommu_ops_from_fwnode);

static void iommu_group_release(struct kref *ref)
{
	struct iommu_group *group = container_of(ref, struct iommu_group, ref);

	pr_debug("Releasing group %d\n", group->id);
	kfree(group);
}

/* A new, empty group; the caller holds its only reference. */
struct iommu_group *iommu_group_alloc(void)
{
	struct iommu_group *group;

	group = kzalloc(sizeof(*group), GFP_KERNEL);
	if (!group)
		return ERR_PTR(-ENOMEM);

	kref_init(&group->ref);
	mutex_init(&group->mutex);
	INIT_LIST_HEAD(&group->devices);
	group->id = iommu_group_next_id++;

	return group;
}
EXPORT_SYMBOL_GPL(iommu_group_alloc);

struct iommu_group *iommu_group_get(struct device *dev)
{
	struct iommu_group *group = dev->iommu_group;

	if (group)
		kref_get(&group->ref);

	return group;
}
EXPORT_SYMBOL_GPL(iommu_group_get);

void iommu_group_put(struct iommu_group *group)
{
	if (group)
		kref_put(&group->ref, iommu_group_release);
}
EXPORT_SYMBOL_GPL(iommu_group_put);

/* Membership holds a reference on the group. */
int iommu_group_add_device(struct iommu_group *group, struct device *dev)
{
	struct group_device *device;

	device = kzalloc(sizeof(*device), GFP_KERNEL);
	if (!device)
		return -ENOMEM;

	device->dev = dev;
	kref_get(&group->ref);
	dev->iommu_group = group;

	mutex_lock(&group->mutex);
	list_add_tail(&device->list, &group->devices);
	mutex_unlock(&group->mutex);

	pr_info("Adding device %s to group %d\n", dev_name(dev), group->id);
	return 0;
}
EXPORT_SYMBOL_GPL(iommu_group_add_device);

void iommu_group_remove_device(struct device *dev)
{
	struct iommu_group *group = dev->iommu_group;
	struct group_device *tmp_device, *device = NULL;

	if (!group)
		return;

	pr_info("Removing device %s from group %d\n", dev_name(dev), group->id);

	mutex_lock(&group->mutex);
	list_for_each_entry(tmp_device, &group->devices, list) {
		if (tmp_device->dev == dev) {
			device = tmp_device;
			list_del(&device->list);
			break;
		}
	}
	mutex_unlock(&group->mutex);

	if (!device)
		return;

	kfree(device);
	dev->iommu_group = NULL;
	iommu_group_put(group);
}
EXPORT_SYMBOL_GPL(iommu_group_remove_device);

static int iommu_group_device_count(struct iommu_group *group)
{
	struct group_device *entry;
	int ret = 0;

	list_for_each_entry(entry, &group->devices, list)
		ret++;

	return ret;
}

/* Call @fn on each member until one fails. Caller holds group->mutex. */
static int __iommu_group_for_each_dev(struct iommu_group *group, void *data,
				      int (*fn)(struct device *, void *))
{
	struct group_device *device;
	int ret = 0;

	list_for_each_entry(device, &group->devices, list) {
		ret = fn(device->dev, data);
		if (ret)
			break;
	}
	return ret;
}

static int add_iommu_group(struct device *dev, void *data)
{
	const struct iommu_ops *ops = data;
	int ret;

	if (!ops->add_device)
		return 0;

	WARN_ON(dev->iommu_group);

	ret = ops->add_device(dev);

	/* -ENODEV: not one of this IOMMU's masters, which is fine. */
	if (ret == -ENODEV)
		ret = 0;

	return ret;
}

/* Offer every device added to the bus to the bus's IOMMU driver. */
static int iommu_bus_notifier(struct notifier_block *nb,
			      unsigned long action, void *data)
{
	struct device *dev = data;
	const struct iommu_ops *ops = dev->bus->iommu_ops;
	int ret;

	if (action == BUS_NOTIFY_ADD_DEVICE) {
		if (ops->add_device) {
			ret = ops->add_device(dev);
			return (ret) ? NOTIFY_DONE : NOTIFY_OK;
		}
	} else if (action == BUS_NOTIFY_REMOVED_DEVICE) {
		if (ops->remove_device && dev->iommu_group) {
			ops->remove_device(dev);
			return 0;
		}
	}

	return 0;
}

static int iommu_bus_init(struct bus_type *bus, const struct iommu_ops *ops)
{
	int err;
	struct notifier_block *nb;

	nb = kzalloc(sizeof(struct notifier_block), GFP_KERNEL);
	if (!nb)
		return -ENOMEM;

	nb->notifier_call = iommu_bus_notifier;

	err = bus_register_notifier(bus, nb);
	if (err)
		goto out_free;

	/* Devices already on the bus missed the notifier: offer them now. */
	err = bus_for_each_dev(bus, NULL, (void *)ops, add_iommu_group);
	if (err)
		goto out_err;

	return 0;

out_err:
	bus_unregister_notifier(bus, nb);
out_free:
	kfree(nb);
	return err;
}

/*
 * Make @ops the IOMMU driver of @bus. A bus has at most one; -EBUSY if
 * another driver got there first.
 */
int bus_set_iommu(struct bus_type *bus, const struct iommu_ops *ops)
{
	int err;

	if (bus->iommu_ops != NULL)
		return -EBUSY;

	bus->iommu_ops = ops;

	err = iommu_bus_init(bus, ops);
	if (err)
		bus->iommu_ops = NULL;

	return err;
}
EXPORT_SYMBOL_GPL(bus_set_iommu);

bool iommu_present(struct bus_type *bus)
{
	return bus->iommu_ops != NULL;
}
EXPORT_SYMBOL_GPL(iommu_present);

static struct iommu_domain *__iommu_domain_alloc(struct bus_type *bus,
						 unsigned type)
{
	struct iommu_domain *domain;

	if (bus == NULL || bus->iommu_ops == NULL)
		return NULL;

	domain = bus->iommu_ops->domain_alloc(type);
	if (!domain)
		return NULL;

	domain->ops  = bus->iommu_ops;
	domain->type = type;
	/* The driver may narrow this once the domain meets its hardware. */
	domain->pgsize_bitmap  = bus->iommu_ops->pgsize_bitmap;

	return domain;
}

/* A domain from the IOMMU driver of @bus; NULL if it has none. */
struct iommu_domain *iommu_domain_alloc(struct bus_type *bus)
{
	return __iommu_domain_alloc(bus, IOMMU_DOMAIN_UNMANAGED);
}
EXPORT_SYMBOL_GPL(iommu_domain_alloc);

void iommu_domain_free(struct iommu_domain *domain)
{
	domain->ops->domain_free(domain);
}
EXPORT_SYMBOL_GPL(iommu_domain_free);

static int __iommu_attach_device(struct iommu_domain *domain,
				 struct device *dev)
{
	if (unlikely(domain->ops->attach_dev == NULL))
		return -ENODEV;

	return domain->ops->attach_dev(domain, dev);
}

static int iommu_group_do_attach_device(struct device *dev, void *data)
{
	struct iommu_domain *domain = data;

	return __iommu_attach_device(domain, dev);
}

static int __iommu_attach_group(struct iommu_domain *domain,
				struct iommu_group *group)
{
	int ret;

	/* A group in its default domain only leaves it for that domain. */
	if (group->default_domain && group->domain != group->default_domain)
		return -EBUSY;

	ret = __iommu_group_for_each_dev(group, domain,
					 iommu_group_do_attach_device);
	if (ret == 0)
		group->domain = domain;

	return ret;
}

/*
 * Attach a device to a domain. Only for a device alone in its group:
 * otherwise the whole group would follow without the caller knowing.
 */
int iommu_attach_device(struct iommu_domain *domain, struct device *dev)
{
	struct iommu_group *group;
	int ret;

	group = iommu_group_get(dev);
	/* Drivers without groups attach devices one by one. */
	if (group == NULL)
		return __iommu_attach_device(domain, dev);

	mutex_lock(&group->mutex);
	ret = -EINVAL;
	if (iommu_group_device_count(group) != 1)
		goto out_unlock;

	ret = __iommu_attach_group(domain, group);

out_unlock:
	mutex_unlock(&group->mutex);
	iommu_group_put(group);

	return ret;
}
EXPORT_SYMBOL_GPL(iommu_attach_device);

static void __iommu_detach_device(struct iommu_domain *domain,
				  struct device *dev)
{
	if (unlikely(domain->ops->detach_dev == NULL))
		return;

	domain->ops->detach_dev(domain, dev);
}

static int iommu_group_do_detach_device(struct device *dev, void *data)
{
	struct iommu_domain *domain = data;

	__iommu_detach_device(domain, dev);

	return 0;
}

static void __iommu_detach_group(struct iommu_domain *domain,
				 struct iommu_group *group)
{
	/* No default domain in the model: the group ends up in none. */
	if (!group->default_domain) {
		__iommu_group_for_each_dev(group, domain,
					   iommu_group_do_detach_device);
		group->domain = NULL;
		return;
	}

	if (group->domain == group->default_domain)
		return;

	__iommu_group_for_each_dev(group, group->default_domain,
				   iommu_group_do_attach_device);
	group->domain = group->default_domain;
}

void iommu_detach_device(struct iommu_domain *domain, struct device *dev)
{
	struct iommu_group *group;

	group = iommu_group_get(dev);
	if (group == NULL) {
		__iommu_detach_device(domain, dev);
		return;
	}

	mutex_lock(&group->mutex);
	if (iommu_group_device_count(group) != 1) {
		WARN_ON(1);
		goto out_unlock;
	}

	__iommu_detach_group(domain, group);

out_unlock:
	mutex_unlock(&group->mutex);
	iommu_group_put(group);
}
EXPORT_SYMBOL_GPL(iommu_detach_device);

phys_addr_t iommu_iova_to_phys(struct iommu_domain *domain, dma_addr_t iova)
{
	if (unlikely(domain->ops->iova_to_phys == NULL))
		return 0;

	return domain->ops->iova_to_phys(domain, iova);
}
EXPORT_SYMBOL_GPL(iommu_iova_to_phys);

/*
 * Largest page size the domain supports that both fits in @size and
 * keeps @addr_merge aligned.
 */
static size_t iommu_pgsize(struct iommu_domain *domain,
			   unsigned long addr_merge, size_t size)
{
	size_t best = 0;
	unsigned int bit;

	for (bit = 0; bit < BITS_PER_LONG; bit++) {
		size_t pgsize = (size_t)1 << bit;

		if (!(domain->pgsize_bitmap & (1UL << bit)))
			continue;
		if (pgsize > size)
			break;
		if (addr_merge & (pgsize - 1))
			break;
		best = pgsize;
	}

	BUG_ON(!best);
	return best;
}

int iommu_map(struct iommu_domain *domain, unsigned long iova,
	      phys_addr_t paddr, size_t size, int prot)
{
	unsigned long orig_iova = iova;
	unsigned int min_pagesz;
	size_t orig_size = size;
	int ret = 0;

	if (unlikely(domain->ops->map == NULL ||
		     domain->pgsize_bitmap == 0UL))
		return -ENODEV;

	if (unlikely(!(domain->type & __IOMMU_DOMAIN_PAGING)))
		return -EINVAL;

	/* Everything must be aligned to the smallest page size. */
	min_pagesz = 1 << __ffs(domain->pgsize_bitmap);
	if ((iova | paddr | size) & (min_pagesz - 1)) {
		pr_err("unaligned: iova 0x%lx pa 0x%x size 0x%lx min_pagesz 0x%x\n",
		       iova, paddr, (unsigned long)size, min_pagesz);
		return -EINVAL;
	}

	pr_debug("map: iova 0x%lx pa 0x%x size 0x%lx\n", iova, paddr,
		 (unsigned long)size);

	while (size) {
		size_t pgsize = iommu_pgsize(domain, iova | paddr, size);

		ret = domain->ops->map(domain, iova, paddr, pgsize, prot);
		if (ret)
			break;

		iova += pgsize;
		paddr += pgsize;
		size -= pgsize;
	}

	/* Leave nothing half-mapped. */
	if (ret)
		iommu_unmap(domain, orig_iova, orig_size - size);

	return ret;
}
EXPORT_SYMBOL_GPL(iommu_map);

size_t iommu_unmap(struct iommu_domain *domain, unsigned long iova, size_t size)
{
	size_t unmapped_page, unmapped = 0;
	unsigned int min_pagesz;

	if (unlikely(domain->ops->unmap == NULL ||
		     domain->pgsize_bitmap == 0UL))
		return 0;

	if (unlikely(!(domain->type & __IOMMU_DOMAIN_PAGING)))
		return 0;

	min_pagesz = 1 << __ffs(domain->pgsize_bitmap);
	if ((iova | size) & (min_pagesz - 1)) {
		pr_err("unaligned: iova 0x%lx size 0x%lx min_pagesz 0x%x\n",
		       iova, (unsigned long)size, min_pagesz);
		return 0;
	}

	pr_debug("unmap: iova 0x%lx size 0x%lx\n", iova, (unsigned long)size);

	/* Stop at the first hole: the caller asked for a mapped range. */
	while (unmapped < size) {
		size_t pgsize = iommu_pgsize(domain, iova, size - unmapped);

		unmapped_page = domain->ops->unmap(domain, iova, pgsize);
		if (!unmapped_page)
			break;

		iova += unmapped_page;
		unmapped += unmapped_page;
	}

	return unmapped;
}
EXPORT_SYMBOL_GPL(iommu_unmap);

/*
 * A paging domain for @dev's IOMMU, as Linux 6.11 and later allocate one: asked of the device rather than of its
 * bus, and an error pointer rather than NULL when there is none. The model's own code keeps iommu_domain_alloc();
 * this is here for the real 6.12 functions that call it (review equiv, apply --tree). The model finds a device's
 * IOMMU driver through its bus, as everywhere else.
 */
struct iommu_domain *iommu_paging_domain_alloc(struct device *dev)
{
	struct iommu_domain *domain;

	if (!dev->bus || !dev->bus->iommu_ops)
		return ERR_PTR(-ENODEV);

	domain = __iommu_domain_alloc(dev->bus, IOMMU_DOMAIN_UNMANAGED);
	return domain ? domain : ERR_PTR(-ENOMEM);
}
EXPORT_SYMBOL_GPL(iommu_paging_domain_alloc);
