/* Type errors found when functions compile: each at its line, naming what is wrong. */
#include "prelude.h"

struct opaque;

int size_of_incomplete(void)
{
	return sizeof(struct opaque);
}
// expect-error: -2 "incomplete type struct opaque"

static int two(int a, int b)
{
	return a + b;
}

int too_few_arguments(void)
{
	return two(1);
}
// expect-error: -2 "too few arguments to two: 1 given, 2 expected"

int call_non_function(void)
{
	int x = 3;
	return x(1);
}
// expect-error: -2 "called object x is not a function"

int dereference_int(void)
{
	int x = 3;
	return *x;
}
// expect-error: -2 "cannot dereference int"

int duplicate;
int duplicate = 1;
int duplicate = 2;
// expect-error: -1 "redefinition of duplicate"
