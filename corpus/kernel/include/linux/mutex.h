#ifndef __LINUX_MUTEX_H
#define __LINUX_MUTEX_H

#include <linux/types.h>

/* The primitives keep the lock state in the first word. */
struct mutex {
	unsigned int count;
};

#define __MUTEX_INITIALIZER(lockname)	{ 0 }
#define DEFINE_MUTEX(mutexname) \
	struct mutex mutexname = __MUTEX_INITIALIZER(mutexname)

/* Primitives. */
void mutex_init(struct mutex *lock);
void mutex_lock(struct mutex *lock);
void mutex_unlock(struct mutex *lock);

#endif /* __LINUX_MUTEX_H */
