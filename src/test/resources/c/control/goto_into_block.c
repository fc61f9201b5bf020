/* A goto may jump into a nested block or loop body, as in the kernel's if (0) { err: ... } shape. */
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
