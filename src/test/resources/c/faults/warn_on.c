/* WARN_ON logs a warning with its location when its condition holds, returns the condition, and goes on. */
#include "prelude.h"

// expect-warn: warns(5) at +4 in warns
// expect: warns(5) == 1
int warns(int v)
{
	if (WARN_ON(v > 3))
		return 1;
	return 0;
}

// expect: quiet() == 0
int quiet(void)
{
	return WARN_ON(0);
}

/* A warning in a callee carries the callee's location; the stack starts at the primitive. */
static void check(int *p)
{
	WARN_ON(!p);
}

// expect-warn: warns_in_callee() at -3 in check stack "__warn_on check warns_in_callee"
int warns_in_callee(void)
{
	check(NULL);
	return 7;
}
