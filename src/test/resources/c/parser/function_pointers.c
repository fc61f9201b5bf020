/* Function pointer declarators: typedefs, members, arrays, parameters, and functions returning them. */
#include "prelude.h"

typedef int (*binop_t)(int, int);

static int add(int a, int b)
{
	return a + b;
}

static int sub(int a, int b)
{
	return a - b;
}

static int mul(int a, int b)
{
	return a * b;
}

// expect: through_typedef() == 7
int through_typedef(void)
{
	binop_t op = add;
	return op(3, 4);
}

/* An array of function pointers without a typedef. */
// expect: array_of_pointers() == 23
int array_of_pointers(void)
{
	int (*ops[3])(int, int) = { add, sub, mul };
	return ops[2](ops[0](1, 2), ops[1](10, 3)) + ops[1](3, 1);
}

/* A function returning a function pointer, declared the long way. */
static int (*pick(int which))(int, int)
{
	return which ? mul : add;
}

// expect: function_returning_pointer() == 30
int function_returning_pointer(void)
{
	return pick(1)(5, 6);
}

/* A function pointer parameter, called both ways. */
static int apply(int (*fn)(int, int), int a, int b)
{
	return fn(a, b) + (*fn)(a, b);
}

// expect: pointer_parameter() == -4
int pointer_parameter(void)
{
	return apply(sub, 3, 5);
}

/* A pointer to a function pointer. */
// expect: pointer_to_pointer() == 12
int pointer_to_pointer(void)
{
	binop_t op = mul;
	binop_t *pp = &op;
	return (*pp)(3, 4);
}

/* Function designators and their addresses are the same pointer; distinct functions differ. */
// expect: comparisons() == 1
int comparisons(void)
{
	binop_t a = add;
	binop_t b = &add;
	return a == b && a != (binop_t)sub && a != NULL;
}
