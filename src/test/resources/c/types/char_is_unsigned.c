/* Plain char is unsigned on ARM: it holds 0..255, never compares below zero, and promotes to a positive int. */
#include "prelude.h"

// expect: char_from_minus_one() == 255
int char_from_minus_one(void)
{
	char c = -1;
	return c;
}

// expect: char_never_negative() == 0
int char_never_negative(void)
{
	char c = 200;
	return c < 0;
}

// expect: signed_char() == -56
int signed_char(void)
{
	signed char c = 200;
	return c;
}

// expect: char_from_string() == 233
int char_from_string(void)
{
	const char *s = "\xe9";
	return s[0];
}

// expect: char_constant_is_int() == 4
int char_constant_is_int(void)
{
	return sizeof('a');
}

/* '\xff' is an int with the value of the (unsigned) char. */
// expect: high_char_constant() == 255
int high_char_constant(void)
{
	return '\xff';
}

// expect: char_returned() == 200
char char_returned(void)
{
	return -56;
}
