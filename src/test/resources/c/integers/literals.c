/* The type of an integer literal on a 32-bit target follows C11 6.4.4.1: decimal literals skip unsigned types. */
#include "prelude.h"

// expect: hex_fits_unsigned_int() == 1
int hex_fits_unsigned_int(void)
{
	return 0xffffffff > 0 && sizeof(0xffffffff) == 4;
}

/* 2147483648 does not fit int or long (32-bit), so the decimal literal is long long and -2147483648 < 0. */
// expect: large_decimal_is_long_long() == 8
int large_decimal_is_long_long(void)
{
	return sizeof(2147483648);
}

// expect: negated_large_decimal() == 1
int negated_large_decimal(void)
{
	return -2147483648 < 0;
}

/* The same value in hex is unsigned int, and its negation stays unsigned. */
// expect: negated_large_hex() == 0
int negated_large_hex(void)
{
	return -0x80000000 < 0;
}

// expect: suffix_sizes() == 4488
int suffix_sizes(void)
{
	return sizeof(1L) * 1000 + sizeof(1UL) * 100 + sizeof(1LL) * 10 + sizeof(1ULL);
}

// expect: large_hex_is_long_long() == 8
int large_hex_is_long_long(void)
{
	return sizeof(0x100000000);
}

// expect: unsigned_suffix_compares_unsigned() == 0
int unsigned_suffix_compares_unsigned(void)
{
	return -1 < 0U;
}

// expect: octal_and_binary() == 0x9f
int octal_and_binary(void)
{
	return 0177 + 0b100000;
}
