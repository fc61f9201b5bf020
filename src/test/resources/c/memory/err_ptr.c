/* ERR_PTR, IS_ERR and PTR_ERR: errors encoded in the top 4095 addresses. */
#include "prelude.h"

struct res {
	int v;
};

static struct res *get(int fail)
{
	struct res *r;
	if (fail)
		return ERR_PTR(-EPROBE_DEFER);
	r = kzalloc(sizeof(*r), GFP_KERNEL);
	if (!r)
		return ERR_PTR(-ENOMEM);
	r->v = 5;
	return r;
}

// expect: use(0) == 5
// expect: use(1) == -517
int use(int fail)
{
	struct res *r = get(fail);
	int v;
	if (IS_ERR(r))
		return PTR_ERR(r);
	v = r->v;
	kfree(r);
	return v;
}

// expect: classification() == 1
int classification(void)
{
	int x;
	return IS_ERR(ERR_PTR(-1)) && IS_ERR(ERR_PTR(-4095)) && !IS_ERR(ERR_PTR(-4096)) && !IS_ERR(NULL)
		&& !IS_ERR(&x);
}

/* ERR_PTR values are addresses at the top of the 32-bit space. */
// expect: encoding() == 0xfffffff4
uintptr_t encoding(void)
{
	return (uintptr_t)ERR_PTR(-ENOMEM);
}
