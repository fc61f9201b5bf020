/* Struct assignment copies every byte; the copy is independent of the original. */
#include "prelude.h"

struct rec {
	int a;
	char name[8];
	u64 big;
	struct {
		short x, y;
	} pos;
};

// expect: copy_is_independent() == 1
int copy_is_independent(void)
{
	struct rec r = { 1, "abc", 0x100000000ull, { 2, 3 } };
	struct rec c;
	c = r;
	c.a = 9;
	c.name[0] = 'z';
	c.pos.y = 30;
	return r.a == 1 && r.name[0] == 'a' && r.pos.y == 3 && c.big == 0x100000000ull && c.pos.x == 2;
}

// expect: initialise_from_other() == 3
int initialise_from_other(void)
{
	struct rec r = { .pos = { 2, 3 } };
	struct rec c = r;
	return c.pos.y;
}

// expect: nested_struct_assignment() == 5
int nested_struct_assignment(void)
{
	struct rec a = { 0 }, b = { 0 };
	b.pos.x = 5;
	a.pos = b.pos;
	return a.pos.x;
}

/* Through pointers, and into an array element. */
// expect: through_pointers() == 42
int through_pointers(void)
{
	struct rec arr[2] = { { 0 } };
	struct rec src = { .a = 42 };
	struct rec *p = &arr[1];
	*p = src;
	return arr[1].a;
}

/* Heap to stack and back. */
// expect: heap_copy() == 7
int heap_copy(void)
{
	struct rec *h = kzalloc(sizeof(*h), GFP_KERNEL);
	struct rec local = { .a = 7 };
	int v;
	*h = local;
	local = *h;
	v = local.a;
	kfree(h);
	return v;
}
