#ifndef _LINUX_WORKQUEUE_H
#define _LINUX_WORKQUEUE_H

#include <linux/types.h>
#include <linux/list.h>

struct work_struct;
typedef void (*work_func_t)(struct work_struct *work);

struct work_struct {
	struct list_head entry;
	work_func_t func;
};

#define __WORK_INITIALIZER(n, f) {				\
	.entry	= LIST_HEAD_INIT((n).entry),			\
	.func	= (f),						\
	}

#define DECLARE_WORK(n, f)					\
	struct work_struct n = __WORK_INITIALIZER(n, f)

#define INIT_WORK(_work, _func)					\
	do {							\
		INIT_LIST_HEAD(&(_work)->entry);		\
		(_work)->func = (_func);			\
	} while (0)

/*
 * Primitive: queues @work; after each scenario action the runner calls
 * work->func(work) for everything queued, until nothing is left.
 */
bool schedule_work(struct work_struct *work);

#endif /* _LINUX_WORKQUEUE_H */
