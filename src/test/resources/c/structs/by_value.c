/*
 * Structs passed by value: the callee gets a copy. (Returning a struct by value is in
 * known-bugs/struct_return_use_after_return.c.)
 */
#include "prelude.h"

struct vec {
	int x, y, z;
};

static int scribble(struct vec v)
{
	v.x = 1000;
	return v.x;
}

// expect: argument_is_a_copy() == 1
int argument_is_a_copy(void)
{
	struct vec v = { 1, 2, 3 };
	int r = scribble(v);
	return r == 1000 && v.x == 1;
}

static int sum(struct vec a, struct vec b)
{
	return a.x + a.y + a.z + b.x * 10 + b.y * 10 + b.z * 10;
}

// expect: two_struct_arguments() == 66
int two_struct_arguments(void)
{
	struct vec v = { 1, 2, 3 };
	return sum(v, v);
}

/* A struct argument read from the heap and from a pointer. */
// expect: argument_from_pointer() == 6
int argument_from_pointer(void)
{
	struct vec *p = kzalloc(sizeof(*p), GFP_KERNEL);
	int r;
	p->x = 1;
	p->y = 2;
	p->z = 3;
	r = sum(*p, (struct vec){ 0, 0, 0 });
	kfree(p);
	return r;
}
