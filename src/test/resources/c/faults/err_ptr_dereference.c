/* Dereferencing an ERR_PTR oopses as an error-pointer access; calling through one is a bad call. */
#include "prelude.h"

struct clk {
	int rate;
	int (*enable)(struct clk *);
};

static struct clk *clk_get(void)
{
	return ERR_PTR(-EPROBE_DEFER);
}

// expect-fault: unchecked_result() ERR_PTR_DEREFERENCE at +4 expr "c->rate"
int unchecked_result(void)
{
	struct clk *c = clk_get();
	return c->rate;
}

// expect: checked_result() == -517
int checked_result(void)
{
	struct clk *c = clk_get();
	if (IS_ERR(c))
		return PTR_ERR(c);
	return c->rate;
}

// expect-fault: write_through_err_ptr() ERR_PTR_DEREFERENCE "write"
int write_through_err_ptr(void)
{
	int *p = ERR_PTR(-ENOMEM);
	*p = 1;
	return 0;
}

// expect-fault: call_through_err_ptr() BAD_CALL "ERR_PTR(-517)"
int call_through_err_ptr(void)
{
	int (*fn)(void) = (int (*)(void))ERR_PTR(-EPROBE_DEFER);
	return fn();
}
