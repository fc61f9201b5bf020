/* A local or parameter named like a typedef shadows the type until its block ends. */
#include "prelude.h"

typedef u32 phandle;

// expect: local_named_like_typedef() == 4
int local_named_like_typedef(void)
{
	phandle phandle = 3;
	return phandle + 1;
}

static int twice(int phandle)
{
	return phandle * 2;
}

// expect: parameter_named_like_typedef() == 10
int parameter_named_like_typedef(void)
{
	return twice(5);
}
