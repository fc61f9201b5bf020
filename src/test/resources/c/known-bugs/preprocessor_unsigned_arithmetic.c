/*
 * KNOWN BUG: #if arithmetic is done in intmax_t/uintmax_t (C11 6.10.1p4): an unsigned operand makes the
 * comparison unsigned and shifts logical. ConditionEvaluator uses signed longs only, so -1 > 0u is false
 * and 0xffffffffffffffff >> 63 is -1. gcc takes the first branch in both.
 */
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
