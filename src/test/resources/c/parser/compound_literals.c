/* Compound literals: an object of the written type, initialised where the literal stands. */
#include "prelude.h"

struct point {
	int x, y;
};

static int sum(const struct point *p)
{
	return p->x + p->y;
}

// expect: struct_literal() == 7
int struct_literal(void)
{
	return sum(&(struct point){ .x = 3, .y = 4 });
}

// expect: array_literal() == 30
int array_literal(void)
{
	int *a = (int[]){ 10, 20, 30 };
	return a[2];
}

// expect: assigned_from_literal() == 12
int assigned_from_literal(void)
{
	struct point p;
	p = (struct point){ 5, 7 };
	return p.x + p.y;
}
