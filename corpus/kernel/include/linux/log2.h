#ifndef _LINUX_LOG2_H
#define _LINUX_LOG2_H

#include <linux/types.h>
#include <linux/bitops.h>

/* Floor of log2(n), -1 for 0; no compile-time variant in the model. */
static inline int __ilog2_u64(u64 n)
{
	return fls64(n) - 1;
}

#define ilog2(n)	__ilog2_u64(n)

#endif /* _LINUX_LOG2_H */
