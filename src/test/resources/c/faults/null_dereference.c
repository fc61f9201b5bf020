/* A NULL dereference oopses, naming the function, the line and the expression that went through NULL. */
#include "prelude.h"

struct ops {
	int (*fn)(int);
};

struct obj {
	int a;
	struct ops *ops;
	int arr[4];
};

// expect-fault: read_member() NULL_DEREFERENCE at +4 in read_member expr "o->a"
int read_member(void)
{
	struct obj *o = NULL;
	return o->a;
}

// expect-fault: write_member() NULL_DEREFERENCE at +5 expr "o->arr[2]" "write"
int write_member(void)
{
	struct obj *o = NULL;

	o->arr[2] = 1;
	return 0;
}

/* Through a member that is NULL: the expression named is the one that loaded from NULL. */
// expect-fault: chained() NULL_DEREFERENCE at +5 expr "p->ops->fn"
int chained(void)
{
	struct obj o = { 0 };
	struct obj *p = &o;
	return p->ops->fn(1) + 0 * (int)sizeof(o);
}

// expect-fault: star_null() NULL_DEREFERENCE expr "*p"
int star_null(void)
{
	int *p = NULL;
	return *p;
}

/* The fault is in the callee; the stack names the caller too. */
static int deref(struct obj *o)
{
	return o->a;
}

// expect-fault: in_callee() NULL_DEREFERENCE in deref at -3 stack "deref in_callee"
int in_callee(void)
{
	return deref(NULL);
}

/* An oops ends the call: nothing after it runs. */
int after_oops;

static void set_and_crash(void)
{
	int *p = NULL;
	after_oops = 1;
	*p = 1;
	after_oops = 2;
}

// expect-fault: stops_at_oops() NULL_DEREFERENCE "through a NULL pointer" stack "set_and_crash stops_at_oops"
int stops_at_oops(void)
{
	set_and_crash();
	return after_oops;
}
