/*
 * The usual arithmetic conversions on 32-bit ARM: int and long have the same width, so long vs unsigned int is
 * unsigned long (unlike x86-64, where long is 64-bit); long long is wider and wins against 32-bit unsigned.
 */
#include "prelude.h"

// expect: int_vs_unsigned() == 0
int int_vs_unsigned(void)
{
	return -1 < 1u;
}

// expect: int_vs_long() == 1
int int_vs_long(void)
{
	return -1 < 1L;
}

// expect: long_vs_unsigned_int() == 0
int long_vs_unsigned_int(void)
{
	return -1L < 1u;
}

// expect: long_long_vs_unsigned_int() == 1
int long_long_vs_unsigned_int(void)
{
	return -1LL < 1u;
}

// expect: int_vs_unsigned_long_long() == 0
int int_vs_unsigned_long_long(void)
{
	return -1 < 1ULL;
}

/* Mixed arithmetic takes the common type: -1 + 0u is UINT_MAX. */
// expect: mixed_sum() == 0xffffffff
unsigned int mixed_sum(void)
{
	int i = -1;
	unsigned int u = 0;
	return i + u;
}

/* A negative int divided by an unsigned int is unsigned division. */
// expect: mixed_division() == 0x7fffffff
unsigned int mixed_division(void)
{
	int i = -2;
	unsigned int two = 2;
	return i / two;
}

// expect: size_t_comparison() == 0
int size_t_comparison(void)
{
	int len = -1;
	size_t size = 4;
	return len < size;
}

/* u32 converted to u64 is zero-extended; s32 sign-extended. */
// expect: widening() == 0xffffffff
u64 widening(void)
{
	u32 u = 0xffffffff;
	return u;
}

// expect: sign_extending() == -1
s64 sign_extending(void)
{
	s32 s = -1;
	return s;
}

// expect: unsigned_to_long_long_sum() == 0x100000000
long long unsigned_to_long_long_sum(void)
{
	unsigned int u = 0xffffffff;
	long long one = 1;
	return u + one;
}

/* The conditional operator converts both arms to their common type. */
// expect: conditional_common_type() == 0xffffffff
unsigned int conditional_common_type(void)
{
	int take_first = 1;
	unsigned int zero = 0;
	return take_first ? -1 : zero;
}

// expect: conditional_common_type_compare() == 0
int conditional_common_type_compare(void)
{
	int take_first = 1;
	unsigned int zero = 0;
	return (take_first ? -1 : zero) < 0;
}
