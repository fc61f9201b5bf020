/* A string literal in braces initialises a char array as the string alone would. */
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
