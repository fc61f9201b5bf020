/*
 * Flexible array members add no size but can add alignment and padding before them; the struct is allocated
 * with room for the elements. Cross-checked with gcc on x86-64.
 */
#include "prelude.h"

struct msg {
	int len;
	char data[];
};
// expect-sizeof: struct msg == 4
// expect-offsetof: struct msg.data == 4

struct padded {
	char tag;
	int values[];
};
// expect-sizeof: struct padded == 4
// expect-offsetof: struct padded.values == 4

struct wide {
	short n;
	u64 q[];
};
// expect-sizeof: struct wide == 8
// expect-alignof: struct wide == 8
// expect-offsetof: struct wide.q == 8

/* Allocating the header plus n elements and using them. */
// expect: allocated_with_elements() == 10
int allocated_with_elements(void)
{
	struct padded *p = kzalloc(sizeof(*p) + 4 * sizeof(p->values[0]), GFP_KERNEL);
	int i, sum = 0;
	for (i = 0; i < 4; i++)
		p->values[i] = i + 1;
	for (i = 0; i < 4; i++)
		sum += p->values[i];
	kfree(p);
	return sum;
}

/* Past the allocation is out of bounds. */
// expect-report: past_the_elements() OUT_OF_BOUNDS at +5
int past_the_elements(void)
{
	struct msg *m = kzalloc(sizeof(*m) + 3, GFP_KERNEL);
	m->len = 3;
	m->data[3] = 'x';
	kfree(m);
	return 0;
}
