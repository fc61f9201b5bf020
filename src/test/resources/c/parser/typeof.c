/* typeof of expressions and of type names, in declarations, casts and sizeof, with its GNU spellings. */
#include "prelude.h"

// expect: typeof_expression() == 0xfffffffe
unsigned int typeof_expression(void)
{
	unsigned int u = 1;
	typeof(u) v = -2;
	return v;
}

// expect: typeof_keeps_width() == 8
int typeof_keeps_width(void)
{
	u64 big = 1;
	__typeof__(big) copy = big << 40;
	return sizeof(copy) + (int)(copy >> 41);
}

// expect: typeof_type_name() == 4
int typeof_type_name(void)
{
	typeof(int *) p = NULL;
	return sizeof(p);
}

/* typeof of an expression does not evaluate it. */
// expect: typeof_does_not_evaluate() == 1
int typeof_does_not_evaluate(void)
{
	int calls = 1;
	typeof(calls++) copy = calls;
	return copy;
}

/* The kernel's min/max idiom: locals of the arguments' types. */
#define min_t_like(x, y) ({ typeof(x) _x = (x); typeof(y) _y = (y); _x < _y ? _x : _y; })
// expect: typeof_in_statement_expression() == 3
int typeof_in_statement_expression(void)
{
	int i = 5;
	return min_t_like(i, 3);
}

struct pair {
	short a;
	long long b;
};

// expect: typeof_member() == 8
int typeof_member(void)
{
	struct pair p;
	typeof(p.b) x = 0;
	return sizeof(x);
}
