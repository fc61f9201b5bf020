/*
 * KNOWN BUG: in "target op= value" the target's value must be converted to the common type before the operation
 * (C11 6.5.16.2: E1 op= E2 is E1 = E1 op (E2)). For a signed int target and an unsigned int operand the
 * interpreter converts only the operand, then divides the sign-extended target: -2 / 2u gives -1 instead of
 * 0x7fffffff, and -1 % 3u gives -1 instead of 0. (+, -, * are unaffected: they agree modulo 2^32.)
 * gcc prints 2147483647 and 0 for these.
 */
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
