/*
 * Budgets turn runaway C into observations: a loop that does not end exhausts the step budget (HANG), unbounded
 * recursion the depth budget (RUNAWAY). The budgets are small here to keep the test fast.
 */
// budget: steps=5000 depth=64
#include "prelude.h"

// expect-fault: spin_forever() HANG in spin_forever
int spin_forever(void)
{
	volatile int done = 0;
	while (!done)
		;
	return 0;
}

// expect-fault: goto_forever() HANG
int goto_forever(void)
{
	int n = 0;
again:
	n++;
	goto again;
}

static int down(int n)
{
	return down(n + 1) + 1;
}

// expect-fault: recurse_forever() RUNAWAY in down "call depth"
int recurse_forever(void)
{
	return down(0);
}

/* Within the budgets all is well. */
static int depth(int n)
{
	return n == 0 ? 0 : 1 + depth(n - 1);
}

// expect: bounded_recursion() == 50
int bounded_recursion(void)
{
	return depth(50);
}

// expect: bounded_loop() == 1000
int bounded_loop(void)
{
	int i, n = 0;
	for (i = 0; i < 1000; i++)
		n++;
	return n;
}
