#ifndef _KREF_H_
#define _KREF_H_

#include <linux/atomic.h>
#include <linux/bug.h>

/* A reference count; the runner shows refcount.counter for every kref. */
struct kref {
	atomic_t refcount;
};

#define KREF_INIT(n)	{ .refcount = ATOMIC_INIT(n), }

static inline void kref_init(struct kref *kref)
{
	atomic_set(&kref->refcount, 1);
}

static inline unsigned int kref_read(const struct kref *kref)
{
	return atomic_read(&kref->refcount);
}

static inline void kref_get(struct kref *kref)
{
	/* Taking a reference on an object nobody holds is a bug. */
	WARN_ON_ONCE(atomic_inc_return(&kref->refcount) < 2);
}

/* Drop a reference; the last one calls @release. Returns 1 then. */
static inline int kref_put(struct kref *kref, void (*release)(struct kref *kref))
{
	if (atomic_dec_and_test(&kref->refcount)) {
		release(kref);
		return 1;
	}
	return 0;
}

#endif /* _KREF_H_ */
