/* kzalloc, kmalloc, kcalloc and kfree: zeroed objects, typed by their first use, freed once. */
#include "prelude.h"

struct thing {
	int a;
	u64 b;
	char name[12];
};

// expect: kzalloc_is_zeroed() == 0
int kzalloc_is_zeroed(void)
{
	struct thing *t = kzalloc(sizeof(*t), GFP_KERNEL);
	int r = t->a + (int)t->b + t->name[11];
	kfree(t);
	return r;
}

// expect: kcalloc_array() == 45
int kcalloc_array(void)
{
	int *a = kcalloc(10, sizeof(int), GFP_KERNEL);
	int i, s = 0;
	for (i = 0; i < 10; i++)
		a[i] = i;
	for (i = 0; i < 10; i++)
		s += a[i];
	kfree(a);
	return s;
}

// expect: kmalloc_and_memset() == 0x5a5a
int kmalloc_and_memset(void)
{
	u16 *p = kmalloc(8, GFP_KERNEL);
	int v;
	memset(p, 0x5a, 8);
	v = p[3];
	kfree(p);
	return v;
}

/* kfree(NULL) does nothing (a zero-size allocation is in known-bugs/kmalloc_zero_size.c). */
// expect: free_null() == 1
int free_null(void)
{
	kfree(NULL);
	return 1;
}

/* Allocations never overlap and are never reused. */
// expect: distinct_addresses() == 1
int distinct_addresses(void)
{
	char *a = kzalloc(16, GFP_KERNEL);
	char *b;
	kfree(a);
	b = kzalloc(16, GFP_KERNEL);
	return a != b;
}

/* A heap object takes its struct type the first time it is used as one: %p names it by its tag. */
// expect-log: typed_by_first_use() "thing#1 thing#2"
int typed_by_first_use(void)
{
	struct thing *t1 = kzalloc(sizeof(*t1), GFP_KERNEL);
	struct thing *t2 = kzalloc(sizeof(*t2), GFP_KERNEL);
	printk("%p %p\n", t1, t2);
	kfree(t2);
	kfree(t1);
	return 0;
}

/* The heap budget is enforced: this snippet allows 1 MiB. */
// expect-fault: exhaust_heap() RUNAWAY "heap budget"
int exhaust_heap(void)
{
	int i;
	for (i = 0; i < 100; i++)
		kmalloc(64 * 1024, GFP_KERNEL);
	return 0;
}
