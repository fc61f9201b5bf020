/*
 * Notifier chains (blocking flavour only): callbacks sorted by priority,
 * called in turn until one sets NOTIFY_STOP_MASK.
 */
#include <linux/notifier.h>
#include <linux/export.h>
#include <linux/errno.h>

int blocking_notifier_chain_register(struct blocking_notifier_head *nh,
				     struct notifier_block *nb)
{
	struct notifier_block **link = &nh->head;

	/* Higher priority first; equal priorities keep registration order. */
	for (; *link; link = &(*link)->next)
		if ((*link)->priority < nb->priority)
			break;

	nb->next = *link;
	*link = nb;
	return 0;
}
EXPORT_SYMBOL_GPL(blocking_notifier_chain_register);

int blocking_notifier_chain_unregister(struct blocking_notifier_head *nh,
				       struct notifier_block *nb)
{
	struct notifier_block **link;

	for (link = &nh->head; *link; link = &(*link)->next) {
		if (*link == nb) {
			*link = nb->next;
			return 0;
		}
	}
	return -ENOENT;
}
EXPORT_SYMBOL_GPL(blocking_notifier_chain_unregister);

int blocking_notifier_call_chain(struct blocking_notifier_head *nh,
				 unsigned long val, void *v)
{
	struct notifier_block *nb = nh->head;
	struct notifier_block *following;
	int ret = NOTIFY_DONE;

	while (nb) {
		/* Read the link first: a callback may unregister itself. */
		following = nb->next;
		ret = nb->notifier_call(nb, val, v);
		if (ret & NOTIFY_STOP_MASK)
			break;
		nb = following;
	}
	return ret;
}
EXPORT_SYMBOL_GPL(blocking_notifier_call_chain);
