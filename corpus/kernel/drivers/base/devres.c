/*
 * Managed device resources: each allocation carries a release function
 * and hangs on the device; devres_release_all() undoes them, newest
 * first, when the driver unbinds or its probe fails.
 */
#include <linux/device.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/export.h>

struct devres_node {
	struct list_head		entry;
	dr_release_t			release;
};

struct devres {
	struct devres_node		node;
	/* the caller's data, aligned for any type */
	unsigned long long		data[];
};

static struct devres *alloc_dr(dr_release_t release, size_t size, gfp_t gfp)
{
	struct devres *dr;

	/* Always zeroed, whatever @gfp says. */
	dr = kzalloc(sizeof(struct devres) + size, gfp);
	if (!dr)
		return NULL;

	INIT_LIST_HEAD(&dr->node.entry);
	dr->node.release = release;
	return dr;
}

void *devres_alloc_node(dr_release_t release, size_t size, gfp_t gfp, int nid)
{
	struct devres *dr;

	dr = alloc_dr(release, size, gfp);
	if (!dr)
		return NULL;
	return dr->data;
}
EXPORT_SYMBOL_GPL(devres_alloc_node);

void devres_free(void *res)
{
	if (res) {
		struct devres *dr = container_of(res, struct devres, data);

		BUG_ON(!list_empty(&dr->node.entry));
		kfree(dr);
	}
}
EXPORT_SYMBOL_GPL(devres_free);

void devres_add(struct device *dev, void *res)
{
	struct devres *dr = container_of(res, struct devres, data);
	unsigned long flags;

	spin_lock_irqsave(&dev->devres_lock, flags);
	list_add_tail(&dr->node.entry, &dev->devres_head);
	spin_unlock_irqrestore(&dev->devres_lock, flags);
}
EXPORT_SYMBOL_GPL(devres_add);

/* Newest matching entry. Caller holds devres_lock. */
static struct devres *find_dr(struct device *dev, dr_release_t release,
			      dr_match_t match, void *match_data)
{
	struct list_head *pos;

	for (pos = dev->devres_head.prev; pos != &dev->devres_head;
	     pos = pos->prev) {
		struct devres *dr = container_of(pos, struct devres, node.entry);

		if (dr->node.release != release)
			continue;
		if (match && !match(dev, dr->data, match_data))
			continue;
		return dr;
	}
	return NULL;
}

void *devres_find(struct device *dev, dr_release_t release,
		  dr_match_t match, void *match_data)
{
	struct devres *dr;
	unsigned long flags;

	spin_lock_irqsave(&dev->devres_lock, flags);
	dr = find_dr(dev, release, match, match_data);
	spin_unlock_irqrestore(&dev->devres_lock, flags);

	if (dr)
		return dr->data;
	return NULL;
}
EXPORT_SYMBOL_GPL(devres_find);

/* Take an entry off the device without releasing it. */
void *devres_remove(struct device *dev, dr_release_t release,
		    dr_match_t match, void *match_data)
{
	struct devres *dr;
	unsigned long flags;

	spin_lock_irqsave(&dev->devres_lock, flags);
	dr = find_dr(dev, release, match, match_data);
	if (dr)
		list_del_init(&dr->node.entry);
	spin_unlock_irqrestore(&dev->devres_lock, flags);

	if (dr)
		return dr->data;
	return NULL;
}
EXPORT_SYMBOL_GPL(devres_remove);

/*
 * Take an entry off and free it, without calling its release: the caller
 * already undid the resource. -ENOENT when there was no such entry.
 */
int devres_destroy(struct device *dev, dr_release_t release,
		   dr_match_t match, void *match_data)
{
	void *res;

	res = devres_remove(dev, release, match, match_data);
	if (!res)
		return -ENOENT;

	devres_free(res);
	return 0;
}
EXPORT_SYMBOL_GPL(devres_destroy);

/* Undo every managed resource of @dev, newest first. */
int devres_release_all(struct device *dev)
{
	struct devres *dr, *tmp;
	unsigned long flags;
	LIST_HEAD(todo);
	int cnt = 0;

	/* Never initialised by device_initialize(): nothing to walk. */
	if (WARN_ON(dev->devres_head.next == NULL))
		return -ENODEV;

	spin_lock_irqsave(&dev->devres_lock, flags);
	list_splice_init(&dev->devres_head, &todo);
	spin_unlock_irqrestore(&dev->devres_lock, flags);

	/* Release functions may sleep: call them unlocked. */
	list_for_each_entry_safe_reverse(dr, tmp, &todo, node.entry) {
		list_del_init(&dr->node.entry);
		dr->node.release(dev, dr->data);
		kfree(dr);
		cnt++;
	}
	return cnt;
}

static void devm_kmalloc_release(struct device *dev, void *res)
{
	/* The memory is the devres entry itself: freeing it is enough. */
}

static int devm_kmalloc_match(struct device *dev, void *res, void *data)
{
	return res == data;
}

void *devm_kmalloc(struct device *dev, size_t size, gfp_t gfp)
{
	struct devres *dr;

	dr = alloc_dr(devm_kmalloc_release, size, gfp);
	if (unlikely(!dr))
		return NULL;

	devres_add(dev, dr->data);
	return dr->data;
}
EXPORT_SYMBOL_GPL(devm_kmalloc);

void devm_kfree(struct device *dev, void *p)
{
	int rc;

	rc = devres_destroy(dev, devm_kmalloc_release, devm_kmalloc_match, p);
	WARN_ON(rc);
}
EXPORT_SYMBOL_GPL(devm_kfree);
