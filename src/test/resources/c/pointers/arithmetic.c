/* Pointer arithmetic scales by the pointed-to size; differences count elements; void * steps by bytes (GNU). */
#include "prelude.h"

struct item {
	int id;
	char name[6];
};	/* 12 bytes */

// expect: int_steps() == 30
int int_steps(void)
{
	int a[5] = { 0, 10, 20, 30, 40 };
	int *p = a;
	p += 3;
	return *p;
}

// expect: difference_in_elements() == 3
int difference_in_elements(void)
{
	int a[5];
	int *p = &a[1], *q = &a[4];
	return q - p;
}

// expect: negative_difference() == -3
int negative_difference(void)
{
	int a[5];
	return &a[1] - &a[4];
}

// expect: struct_steps() == 24
int struct_steps(void)
{
	struct item items[4];
	struct item *p = items + 2;
	return (char *)p - (char *)items;
}

// expect: struct_difference() == 3
int struct_difference(void)
{
	struct item items[4];
	return &items[3] - &items[0];
}

// expect: void_pointer_steps_by_byte() == 5
int void_pointer_steps_by_byte(void)
{
	char buf[8];
	void *v = buf;
	v += 5;
	return (char *)v - buf;
}

// expect: u64_pointer() == 16
int u64_pointer(void)
{
	u64 a[4];
	u64 *p = a;
	p = p + 2;
	return (char *)p - (char *)a;
}

/* Subtracting an integer, and -- on pointers. */
// expect: subtract_and_decrement() == 10
int subtract_and_decrement(void)
{
	int a[5] = { 0, 10, 20, 30, 40 };
	int *p = &a[4];
	p = p - 2;
	p--;
	return *p;
}

/* i[a] is a[i]. */
// expect: commutative_subscript() == 20
int commutative_subscript(void)
{
	int a[3] = { 0, 10, 20 };
	return 2[a];
}

/* Comparison of pointers into the same array. */
// expect: ordering() == 1
int ordering(void)
{
	int a[3];
	int *p = &a[0], *q = &a[2];
	return p < q && q > p && p <= p && p != q && p + 2 == q;
}

/* Walking a string with a pointer. */
// expect: walk_string() == 5
int walk_string(void)
{
	const char *s = "hello";
	const char *p = s;
	while (*p)
		p++;
	return p - s;
}

/* A negative index from a pointer into the middle. */
// expect: negative_index() == 10
int negative_index(void)
{
	int a[3] = { 0, 10, 20 };
	int *p = &a[2];
	return p[-1];
}
