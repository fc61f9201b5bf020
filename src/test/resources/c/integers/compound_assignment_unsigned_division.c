/* Compound assignment converts the target's value to the common type before operating: int /= unsigned divides unsigned. */
#include "prelude.h"

// expect: divide_assign() == 2147483647
int divide_assign(void)
{
	int i = -2;
	i /= 2u;
	return i;
}

// expect: remainder_assign() == 0
int remainder_assign(void)
{
	int k = -1;
	k %= 3u;
	return k;
}

/* The same computation written out already holds. */
// expect: written_out() == 2147483647
int written_out(void)
{
	int i = -2;
	i = i / 2u;
	return i;
}
