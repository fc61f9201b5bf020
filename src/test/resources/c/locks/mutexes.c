/* Mutexes: the same checks as spinlocks. */
#include "prelude.h"

struct dev {
	struct mutex lock;
	int opened;
};

// expect: balanced() == 1
int balanced(void)
{
	struct dev d;
	mutex_init(&d.lock);
	mutex_lock(&d.lock);
	d.opened = 1;
	mutex_unlock(&d.lock);
	return d.opened;
}

// expect-report: recursive_lock() LOCK_MISUSE at +7 "mutex_lock" "already held"
int recursive_lock(void)
{
	struct dev *d = kzalloc(sizeof(*d), GFP_KERNEL);
	mutex_init(&d->lock);
	mutex_lock(&d->lock);
	d->opened++;
	mutex_lock(&d->lock);
	mutex_unlock(&d->lock);
	kfree(d);
	return 0;
}

// expect-report: unlock_twice() LOCK_MISUSE "mutex_unlock" "not held"
int unlock_twice(void)
{
	struct dev d;
	mutex_init(&d.lock);
	mutex_lock(&d.lock);
	mutex_unlock(&d.lock);
	mutex_unlock(&d.lock);
	return 0;
}

/* A void function with no value to compare: expect only a clean return. */
static struct dev shared;

// expect: lock_and_release()
void lock_and_release(void)
{
	mutex_init(&shared.lock);
	mutex_lock(&shared.lock);
	mutex_unlock(&shared.lock);
}
