#ifndef __LINUX_SPINLOCK_H
#define __LINUX_SPINLOCK_H

#include <linux/types.h>

/* The primitives keep the lock state in the first word. */
typedef struct spinlock {
	unsigned int slock;
} spinlock_t;

#define __SPIN_LOCK_UNLOCKED(lockname)	{ 0 }
#define DEFINE_SPINLOCK(x)	spinlock_t x = __SPIN_LOCK_UNLOCKED(x)

/* Primitives. */
void spin_lock_init(spinlock_t *lock);
void spin_lock(spinlock_t *lock);
void spin_unlock(spinlock_t *lock);
unsigned long _raw_spin_lock_irqsave(spinlock_t *lock);
void spin_unlock_irqrestore(spinlock_t *lock, unsigned long flags);

#define spin_lock_irqsave(lock, flags)				\
	do {							\
		flags = _raw_spin_lock_irqsave(lock);		\
	} while (0)

#endif /* __LINUX_SPINLOCK_H */
