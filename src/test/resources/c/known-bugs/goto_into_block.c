/*
 * KNOWN BUG: a goto to a label inside a nested block (jumping into the block) is not found: labels are looked up
 * only in the blocks the goto leaves, so the GOTO travels up to the function body and the function silently
 * returns 0 -- no fault, no diagnostic. Jumps out of blocks and backwards work. gcc gives 5 and 3.
 */
#include "prelude.h"

// expect: goto_into_block() == 5
int goto_into_block(void)
{
	int r = 0;
	goto inner;
	r = 100;
	{
		r += 2;
inner:
		r += 5;
	}
	return r;
}

/* The kernel's "if (0) { err: ... }" shape. */
// expect: goto_into_if_body(1) == -22
// expect: goto_into_if_body(0) == 0
int goto_into_if_body(int fail)
{
	int ret = 0;
	if (fail)
		goto err;
	if (0) {
err:
		ret = -EINVAL;
	}
	return ret;
}
