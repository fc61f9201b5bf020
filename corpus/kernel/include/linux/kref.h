#ifndef _KREF_H_
#define _KREF_H_

#include <linux/refcount.h>

/* A reference count; the runner shows the count of every object that has a kref. */
struct kref {
	refcount_t refcount;
};

#define KREF_INIT(n)	{ .refcount = REFCOUNT_INIT(n), }

static inline void kref_init(struct kref *kref)
{
	refcount_set(&kref->refcount, 1);
}

static inline unsigned int kref_read(const struct kref *kref)
{
	return refcount_read(&kref->refcount);
}

static inline void kref_get(struct kref *kref)
{
	refcount_inc(&kref->refcount);
}

/*
 * Drop a reference; the last one calls @release and returns 1. A put on a
 * count already at zero warns (refcount_t underflow) and releases nothing.
 */
static inline int kref_put(struct kref *kref, void (*release)(struct kref *kref))
{
	if (refcount_dec_and_test(&kref->refcount)) {
		release(kref);
		return 1;
	}
	return 0;
}

#endif /* _KREF_H_ */
