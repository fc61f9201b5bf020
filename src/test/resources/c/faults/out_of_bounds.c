/*
 * Out-of-bounds accesses just past an object are reported, on the heap and in globals (a stack array overrun
 * inside its frame is in known-bugs/stack_out_of_bounds.c).
 */
#include "prelude.h"

// expect-report: heap_one_past() OUT_OF_BOUNDS at +6 "past the end of"
int heap_one_past(void)
{
	int *a = kcalloc(4, sizeof(int), GFP_KERNEL);
	int i, s = 0;
	for (i = 0; i <= 4; i++)
		s += a[i];
	kfree(a);
	return s;
}

// expect-report: heap_write_past() OUT_OF_BOUNDS "write of 1 byte(s)"
int heap_write_past(void)
{
	char *s = kzalloc(5, GFP_KERNEL);
	memcpy(s, "hello", 5);
	s[5] = 0;
	kfree(s);
	return 0;
}

int table[3];

// expect-report: global_array() OUT_OF_BOUNDS "table"
int global_array(void)
{
	int *p = table;
	p[3] = 1;
	return 0;
}

/* memcpy that runs past the destination. */
// expect-report: primitive_overflow() OUT_OF_BOUNDS
int primitive_overflow(void)
{
	char *dst = kzalloc(4, GFP_KERNEL);
	memcpy(dst, "too long", 9);
	kfree(dst);
	return 0;
}

/* In bounds is fine right up to the last byte. */
// expect: last_element() == 4
int last_element(void)
{
	int *a = kcalloc(4, sizeof(int), GFP_KERNEL);
	int v;
	a[3] = 4;
	v = a[3];
	kfree(a);
	return v;
}
