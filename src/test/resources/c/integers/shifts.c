/* Shifts: the type is the promoted left operand's; >> of a negative signed value is arithmetic. */
#include "prelude.h"

// expect: top_bit() == 0x80000000
u32 top_bit(void)
{
	return 1u << 31;
}

// expect: arithmetic_right_shift() == -4
int arithmetic_right_shift(void)
{
	int v = -8;
	return v >> 1;
}

// expect: logical_right_shift() == 1
u32 logical_right_shift(void)
{
	return 0x80000000u >> 31;
}

// expect: negative_int_right_shift_all_ones() == -1
int negative_int_right_shift_all_ones(void)
{
	int v = -1;
	return v >> 31;
}

// expect: shift_into_64_bits() == 0x10000000000
u64 shift_into_64_bits(void)
{
	return (u64)1 << 40;
}

/* The right operand's type does not matter: a long long count shifting an int is an int shift. */
// expect: count_type_does_not_widen() == 0x100
u64 count_type_does_not_widen(void)
{
	long long eight = 8;
	return 1 << eight;
}

// expect: bit_macro() == 0x20
unsigned long bit_macro(void)
{
	return BIT(5);
}

// expect: mask_building() == 0x0ff0
u32 mask_building(void)
{
	u32 lo = 4, hi = 11;
	return ((1u << (hi - lo + 1)) - 1) << lo;
}

/* Shifting a 32-bit value by its width or more is undefined: the interpreter reports it. */
// expect-fault: shift_by_width(32) SHIFT_OUT_OF_RANGE at +4
// expect: shift_by_width(31) == 0x80000000
u32 shift_by_width(int n)
{
	return 1u << n;
}

// expect-fault: negative_shift() SHIFT_OUT_OF_RANGE
int negative_shift(void)
{
	int n = -1;
	return 4 >> n;
}

// expect: compound_shift() == 0x30
int compound_shift(void)
{
	u8 b = 3;
	b <<= 4;
	return b;
}

// expect: compound_shift_truncates() == 0
int compound_shift_truncates(void)
{
	u8 b = 0x10;
	b <<= 4;
	return b;
}
