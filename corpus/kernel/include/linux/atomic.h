#ifndef _LINUX_ATOMIC_H
#define _LINUX_ATOMIC_H

#include <linux/types.h>

/* The interpreter runs one thread: plain arithmetic is atomic enough. */
#define ATOMIC_INIT(i)	{ (i) }

static inline int atomic_read(const atomic_t *v)
{
	return v->counter;
}

static inline void atomic_set(atomic_t *v, int i)
{
	v->counter = i;
}

static inline void atomic_inc(atomic_t *v)
{
	v->counter++;
}

static inline void atomic_dec(atomic_t *v)
{
	v->counter--;
}

static inline int atomic_inc_return(atomic_t *v)
{
	return ++v->counter;
}

static inline int atomic_dec_return(atomic_t *v)
{
	return --v->counter;
}

static inline int atomic_dec_and_test(atomic_t *v)
{
	return --v->counter == 0;
}

#endif /* _LINUX_ATOMIC_H */
