/* Spinlocks checked as lockdep would: taking a held lock and releasing a free one are reported. */
#include "prelude.h"

static DEFINE_SPINLOCK(global_lock);

struct counter {
	spinlock_t lock;
	int value;
};

// expect: balanced() == 2
int balanced(void)
{
	struct counter c;
	spin_lock_init(&c.lock);
	c.value = 0;
	spin_lock(&c.lock);
	c.value++;
	spin_unlock(&c.lock);
	spin_lock(&c.lock);
	c.value++;
	spin_unlock(&c.lock);
	return c.value;
}

// expect-report: double_lock() LOCK_MISUSE at +5 "already held"
int double_lock(void)
{
	spin_lock_init(&global_lock);
	spin_lock(&global_lock);
	spin_lock(&global_lock);
	spin_unlock(&global_lock);
	return 0;
}

// expect-report: unlock_unheld() LOCK_MISUSE at +4 "not held"
int unlock_unheld(void)
{
	spin_lock_init(&global_lock);
	spin_unlock(&global_lock);
	return 0;
}

/* The classic bug: an error path that returns with the lock held, then the next call takes it again. */
static int update(struct counter *c, int v)
{
	spin_lock(&c->lock);
	if (v < 0)
		return -EINVAL;
	c->value = v;
	spin_unlock(&c->lock);
	return 0;
}

// expect-report: error_path_keeps_lock() LOCK_MISUSE in update "spin_lock of"
int error_path_keeps_lock(void)
{
	struct counter *c = kzalloc(sizeof(*c), GFP_KERNEL);
	spin_lock_init(&c->lock);
	update(c, -1);
	update(c, 1);
	kfree(c);
	return 0;
}

/* irqsave/irqrestore pair up like lock and unlock. */
// expect: irqsave_balanced() == 1
int irqsave_balanced(void)
{
	unsigned long flags;
	spin_lock_init(&global_lock);
	spin_lock_irqsave(&global_lock, flags);
	spin_unlock_irqrestore(&global_lock, flags);
	spin_lock_irqsave(&global_lock, flags);
	spin_unlock_irqrestore(&global_lock, flags);
	return 1;
}

// expect-report: irqsave_twice() LOCK_MISUSE "spin_lock_irqsave"
int irqsave_twice(void)
{
	unsigned long flags;
	spin_lock_init(&global_lock);
	spin_lock_irqsave(&global_lock, flags);
	spin_lock_irqsave(&global_lock, flags);
	return 0;
}

/* A step that ends holding a lock: nothing else takes it in the call, the end of the call reports it. */
static DEFINE_SPINLOCK(left_lock);

// expect-report: returns_holding_lock() LOCK_MISUSE "left_lock" "is still held after returns_holding_lock()"
int returns_holding_lock(void)
{
	spin_lock(&left_lock);
	return 0;
}

// expect-report: mutex_left_on_error(-1) LOCK_MISUSE "is still held after mutex_left_on_error()"
// expect: mutex_left_on_error(1) == 0
int mutex_left_on_error(int v)
{
	static struct mutex m;

	mutex_init(&m);
	mutex_lock(&m);
	if (v < 0)
		return -EINVAL;
	mutex_unlock(&m);
	return 0;
}
