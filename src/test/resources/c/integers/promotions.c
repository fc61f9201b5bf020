/* Integer promotions: anything narrower than int computes as int. */
#include "prelude.h"

// expect: char_sum_does_not_wrap() == 300
int char_sum_does_not_wrap(void)
{
	u8 a = 200, b = 100;
	return a + b;
}

// expect: sum_stored_back_wraps() == 44
int sum_stored_back_wraps(void)
{
	u8 a = 200, b = 100;
	u8 c = a + b;
	return c;
}

/* ~ of a u8 is an int with the high bits set. */
// expect: complement_of_byte() == -201
int complement_of_byte(void)
{
	u8 a = 200;
	return ~a;
}

// expect: complement_compare() == 0
int complement_compare(void)
{
	u8 a = 0x0f;
	return ~a == 0xf0;
}

// expect: short_product() == 1000000
int short_product(void)
{
	u16 a = 1000, b = 1000;
	return a * b;
}

/* u16 * u16 can overflow int: 65535 * 65535 wraps in int, then is read back as unsigned. */
// expect: short_product_overflows_int() == 0xfffe0001
unsigned int short_product_overflows_int(void)
{
	u16 a = 0xffff, b = 0xffff;
	return a * b;
}

// expect: negated_unsigned_char() == -1
int negated_unsigned_char(void)
{
	u8 one = 1;
	return -one;
}

// expect: shift_of_byte_is_int_wide() == 0x1000
int shift_of_byte_is_int_wide(void)
{
	u8 b = 1;
	return b << 12;
}

/* sizeof a promoted expression is sizeof(int). */
// expect: sizeof_promoted() == 41
int sizeof_promoted(void)
{
	char c = 1;
	return sizeof(c + c) * 10 + sizeof(c);
}
