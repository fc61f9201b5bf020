/* Compound assignment computes in the common type and converts back; ++ and -- on every kind of operand. */
#include "prelude.h"

// expect: all_operators() == 1
int all_operators(void)
{
	int i = 100;
	i += 5;		/* 105 */
	i -= 10;	/* 95 */
	i *= 2;		/* 190 */
	i /= 3;		/* 63 */
	i %= 10;	/* 3 */
	i <<= 4;	/* 48 */
	i >>= 1;	/* 24 */
	i |= 0x101;	/* 0x119 */
	i &= 0xff;	/* 0x19 */
	i ^= 0x0f;	/* 0x16 */
	return i == 0x16;
}

/* u8 x; x -= 1 from 0 computes 0 - 1 in int, then stores 255. */
// expect: byte_underflow() == 255
int byte_underflow(void)
{
	u8 x = 0;
	x -= 1;
	return x;
}

// expect: unsigned_minus_two() == 0xffffffff
u32 unsigned_minus_two(void)
{
	u32 u = 1;
	u -= 2;
	return u;
}

/* A negative int added to an unsigned target: the result converts back modulo 2^32. */
// expect: add_negative_to_unsigned() == 7
u32 add_negative_to_unsigned(void)
{
	u32 u = 10;
	int d = -3;
	u += d;
	return u;
}

/* The operation runs in the common type: 200 / -1 is -200 in int, stored as 56 (a signed target with an
 * unsigned operand is in known-bugs/compound_assignment_unsigned_division.c). */
// expect: byte_divided_by_negative() == 56
int byte_divided_by_negative(void)
{
	u8 b = 200;
	b /= -1;
	return b;
}

// expect: pre_and_post() == 1
int pre_and_post(void)
{
	int i = 5;
	int a = i++;	/* a 5, i 6 */
	int b = ++i;	/* b 7, i 7 */
	int c = i--;	/* c 7, i 6 */
	int d = --i;	/* d 5, i 5 */
	return a == 5 && b == 7 && c == 7 && d == 5 && i == 5;
}

// expect: increment_wraps_byte() == 0
int increment_wraps_byte(void)
{
	u8 b = 255;
	b++;
	return b;
}

// expect: increment_value_is_stored_value() == 0
int increment_value_is_stored_value(void)
{
	u8 b = 255;
	return ++b;
}

/* The value of an assignment is the converted value. */
// expect: assignment_value() == 44
int assignment_value(void)
{
	u8 b;
	return b = 300;
}

// expect: chained_assignment() == 27
int chained_assignment(void)
{
	int a, b, c;
	a = b = c = 9;
	return a + b + c;
}

/* The target of a compound assignment is evaluated once. */
// expect: target_evaluated_once() == 102
int target_evaluated_once(void)
{
	int arr[3] = { 0, 0, 0 };
	int i = 0;
	arr[i++] += 100;
	return arr[0] + i + arr[1] + 1;
}

// expect: long_long_compound() == 0x100000000
s64 long_long_compound(void)
{
	s64 v = 0xffffffff;
	v += 1;
	return v;
}
