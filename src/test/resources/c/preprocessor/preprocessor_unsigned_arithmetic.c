/* #if arithmetic is in intmax_t, and in uintmax_t once an operand is unsigned (C11 6.10.1p4). */
#include "prelude.h"

// expect: unsigned_comparison() == 1
int unsigned_comparison(void)
{
#if -1 > 0u
	return 1;
#else
	return 0;
#endif
}

// expect: unsigned_shift() == 1
int unsigned_shift(void)
{
#if (0xffffffffffffffff >> 63) == 1
	return 1;
#else
	return 0;
#endif
}
