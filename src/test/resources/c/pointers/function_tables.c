/* Function pointers in tables of ops, as drivers write them, and calls through them. */
#include "prelude.h"

struct device;

struct dev_ops {
	const char *name;
	int (*probe)(struct device *dev);
	void (*remove)(struct device *dev);
	int (*read)(struct device *dev, int reg);
};

struct device {
	const struct dev_ops *ops;
	int state;
	int regs[4];
};

static int foo_probe(struct device *dev)
{
	dev->state = 1;
	return 0;
}

static void foo_remove(struct device *dev)
{
	dev->state = 0;
}

static int foo_read(struct device *dev, int reg)
{
	return dev->regs[reg] + 100;
}

static int bar_probe(struct device *dev)
{
	return -ENODEV;
}

static const struct dev_ops foo_ops = {
	.name = "foo",
	.probe = foo_probe,
	.remove = foo_remove,
	.read = foo_read,
};

static const struct dev_ops bar_ops = {
	.name = "bar",
	.probe = bar_probe,
};

static const struct dev_ops *all_ops[] = { &foo_ops, &bar_ops };

// expect: call_through_ops() == 1103
int call_through_ops(void)
{
	struct device dev = { .ops = &foo_ops, .regs = { 0, 0, 3 } };
	int r = dev.ops->probe(&dev);
	int v = dev.ops->read(&dev, 2);
	return r * 10000 + dev.state * 1000 + v;
}

// expect: optional_callback() == -19
int optional_callback(void)
{
	struct device dev = { .ops = &bar_ops };
	if (dev.ops->remove)
		dev.ops->remove(&dev);
	return dev.ops->probe(&dev);
}

// expect: table_of_tables() == 1
int table_of_tables(void)
{
	int i, found = -1;
	for (i = 0; i < ARRAY_SIZE(all_ops); i++)
		if (strcmp(all_ops[i]->name, "bar") == 0)
			found = i;
	return found;
}

/* A function pointer stored in a heap object and swapped at run time. */
// expect: swap_at_run_time() == 0
int swap_at_run_time(void)
{
	struct dev_ops *ops = kzalloc(sizeof(*ops), GFP_KERNEL);
	struct device dev = { .ops = ops };
	int r;
	ops->probe = bar_probe;
	ops->probe = foo_probe;
	r = dev.ops->probe(&dev);
	kfree(ops);
	return r;
}

/* An array of function pointers indexed by a value, as a dispatch table. */
static int op_add(int a, int b) { return a + b; }
static int op_mul(int a, int b) { return a * b; }
static int (*const dispatch[])(int, int) = { [0] = op_add, [1] = op_mul };

// expect: dispatch_table(0) == 7
// expect: dispatch_table(1) == 12
int dispatch_table(int which)
{
	return dispatch[which](3, 4);
}
