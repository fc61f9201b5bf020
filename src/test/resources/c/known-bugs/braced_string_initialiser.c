/*
 * KNOWN BUG: a character array may be initialised by a string literal in braces (C11 6.7.9p14,
 * char s[] = { "abc" }). The interpreter treats the string as the value of the first element: the unknown
 * length becomes 1 and s[0] gets the low byte of the string's address.
 */
#include "prelude.h"

// expect: braced_string_length() == 4
int braced_string_length(void)
{
	char s[] = { "abc" };
	return sizeof(s);
}

// expect: braced_string_bytes() == 1
int braced_string_bytes(void)
{
	char s[4] = { "abc" };
	return s[0] == 'a' && s[2] == 'c' && s[3] == 0;
}
