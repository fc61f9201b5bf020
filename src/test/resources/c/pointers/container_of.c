/*
 * container_of and offsetof as the kernel writes them: offsetof through a null pointer's member address,
 * container_of as a statement expression stepping back with void * arithmetic, and the model's plain variant.
 */
#include "prelude.h"

struct list_head {
	struct list_head *next, *prev;
};

struct device {
	int id;
	char name[8];
	struct list_head node;
	u64 dma_mask;
};

struct platform_device {
	const char *name;
	int id;
	struct device dev;
};

#define container_of_plain(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))

// expect-offsetof: struct device.node == 12
// expect-offsetof: struct platform_device.dev == 8

// expect: kernel_offsetof() == 12
int kernel_offsetof(void)
{
	return offsetof(struct device, node);
}

// expect: nested_offsetof() == 20
int nested_offsetof(void)
{
	return offsetof(struct platform_device, dev.node);
}

// expect: from_member_to_container() == 7
int from_member_to_container(void)
{
	struct device d = { .id = 7 };
	struct list_head *n = &d.node;
	struct device *back = container_of(n, struct device, node);
	return back == &d ? back->id : -1;
}

// expect: two_levels() == 42
int two_levels(void)
{
	struct platform_device pdev = { .id = 42 };
	struct device *dev = &pdev.dev;
	struct platform_device *back = container_of(dev, struct platform_device, dev);
	return back->id;
}

// expect: plain_variant() == 1
int plain_variant(void)
{
	struct platform_device pdev;
	struct list_head *n = &pdev.dev.node;
	struct device *dev = container_of_plain(n, struct device, node);
	return container_of_plain(dev, struct platform_device, dev) == &pdev;
}

/* On the heap, with a linked list walked back to its entries. */
// expect: list_walk() == 6
int list_walk(void)
{
	struct list_head head = { &head, &head };
	int i, sum = 0;
	struct list_head *pos;
	for (i = 1; i <= 3; i++) {
		struct device *d = kzalloc(sizeof(*d), GFP_KERNEL);
		d->id = i;
		d->node.next = head.next;
		d->node.prev = &head;
		head.next->prev = &d->node;
		head.next = &d->node;
	}
	for (pos = head.next; pos != &head; pos = pos->next)
		sum += container_of(pos, struct device, node)->id;
	while (head.next != &head) {
		pos = head.next;
		head.next = pos->next;
		kfree(container_of(pos, struct device, node));
	}
	return sum;
}

/* __builtin_offsetof gives the same. */
// expect: builtin_offsetof() == 1
int builtin_offsetof(void)
{
	return __builtin_offsetof(struct platform_device, dev.dma_mask) == offsetof(struct platform_device, dev.dma_mask);
}
