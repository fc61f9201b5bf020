/* Division truncates toward zero; % takes the sign of the dividend; unsigned and 64-bit division. */
#include "prelude.h"

int signed_division(int a, int b)
{
	return a / b;
}
// expect: signed_division(-7, 2) == -3
// expect: signed_division(7, -2) == -3
// expect: signed_division(-7, -2) == 3

// expect: signed_remainder(-7, 2) == -1
// expect: signed_remainder(7, -2) == 1
int signed_remainder(int a, int b)
{
	return a % b;
}

// expect: unsigned_division() == 2147483644
unsigned int unsigned_division(void)
{
	unsigned int a = -7;
	return a / 2;
}

// expect: unsigned_remainder() == 1
unsigned int unsigned_remainder(void)
{
	unsigned int a = -7;	/* 4294967289 */
	return a % 2;
}

// expect: u64_division() == 0x7fffffffffffffff
u64 u64_division(void)
{
	u64 a = -1;
	return a / 2;
}

// expect: u64_remainder() == 9
u64 u64_remainder(void)
{
	u64 a = 0xfffffffffffffff9ull;	/* 18446744073709551609 */
	return a % 10;
}

// expect: s64_division() == -1000000000000
s64 s64_division(void)
{
	s64 a = -3000000000000ll;
	return a / 3;
}

/* DIV_ROUND_UP and friends. */
#define DIV_ROUND_UP(n, d) (((n) + (d) - 1) / (d))
// expect: round_up() == 3
int round_up(void)
{
	return DIV_ROUND_UP(9, 4);
}
