#ifndef _LINUX_REFCOUNT_H
#define _LINUX_REFCOUNT_H

#include <linux/atomic.h>
#include <linux/bug.h>

/*
 * A checked reference count. Taking a reference on an object whose count
 * already reached zero, or dropping one more than were taken, is a
 * use-after-free in the making: both warn, as the kernel's refcount_t does,
 * and leave the count alone. A count that reaches UINT_MAX stays there
 * (saturated), so the object leaks instead of being freed under a user.
 */
typedef struct refcount_struct {
	atomic_t refs;
} refcount_t;

#define REFCOUNT_INIT(n)	{ .refs = ATOMIC_INIT(n), }
#define REFCOUNT_SATURATED	(~0U)

static inline void refcount_set(refcount_t *r, unsigned int n)
{
	atomic_set(&r->refs, n);
}

static inline unsigned int refcount_read(const refcount_t *r)
{
	return atomic_read(&r->refs);
}

static inline int refcount_inc_not_zero(refcount_t *r)
{
	unsigned int val = atomic_read(&r->refs);

	if (!val)
		return 0;
	if (val != REFCOUNT_SATURATED)
		atomic_set(&r->refs, val + 1);
	return 1;
}

static inline void refcount_inc(refcount_t *r)
{
	WARN_ONCE(!refcount_inc_not_zero(r),
		  "refcount_t: increment on 0; use-after-free.\n");
}

static inline int refcount_dec_and_test(refcount_t *r)
{
	unsigned int val = atomic_read(&r->refs);

	if (val == REFCOUNT_SATURATED)
		return 0;
	if (WARN_ONCE(!val, "refcount_t: underflow; use-after-free.\n"))
		return 0;
	atomic_set(&r->refs, val - 1);
	return val == 1;
}

#endif /* _LINUX_REFCOUNT_H */
