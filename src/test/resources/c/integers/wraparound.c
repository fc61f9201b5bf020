/* Unsigned arithmetic wraps modulo 2^N; signed overflow wraps too, as the kernel builds with -fno-strict-overflow. */
#include "prelude.h"

// expect: unsigned_max_plus_one() == 0
unsigned int unsigned_max_plus_one(void)
{
	unsigned int u = 0xffffffff;
	return u + 1;
}

// expect: zero_minus_one() == 0xffffffff
u32 zero_minus_one(void)
{
	u32 u = 0;
	return u - 1;
}

// expect: int_max_plus_one() == -2147483648
int int_max_plus_one(void)
{
	int i = 0x7fffffff;
	return i + 1;
}

// expect: byte_counter_wraps() == 4
int byte_counter_wraps(void)
{
	u8 c = 250;
	c += 10;
	return c;
}

// expect: short_counter_wraps() == 0
int short_counter_wraps(void)
{
	u16 s = 0xffff;
	s++;
	return s;
}

// expect: u64_wraps() == 0
u64 u64_wraps(void)
{
	u64 v = 0xffffffffffffffffull;
	return v + 1;
}

// expect: u64_multiplication_wraps() == 0xfffffffe00000001
u64 u64_multiplication_wraps(void)
{
	u64 a = 0xffffffff;
	return a * a;
}

/* A 32-bit product overflows before it is widened: the multiplication happens in unsigned int. */
// expect: product_before_widening() == 0
u64 product_before_widening(void)
{
	u32 a = 0x10000;
	return a * a;
}

// expect: product_after_widening() == 0x100000000
u64 product_after_widening(void)
{
	u32 a = 0x10000;
	return (u64)a * a;
}
