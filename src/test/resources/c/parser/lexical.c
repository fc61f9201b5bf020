/* Lexical odds: comments anywhere, line continuations, literal spellings, adjacent strings. */
#include "prelude.h"

// expect: comments() == 3
int /* a comment between tokens */ comments(void)
{
	int a = 1 /* inline */ + // to the end of the line
		2;
	/* a comment with // inside and * stars ** */
	return a;
}

#define LONG_MACRO(a, b) \
	((a) + \
	 (b))

// expect: continuation() == 9
int continuation(void)
{
	int x = 4 + \
5;
	return LONG_MACRO(x, 0);
}

// expect: literal_spellings() == 1
int literal_spellings(void)
{
	return 0x1F == 31 && 0X1f == 31 && 017 == 15 && 0b101 == 5 && 10u == 10 && 10UL == 10
		&& 10ull == 10 && 'a' == 97 && '\n' == 10 && '\0' == 0 && '\x41' == 65 && '\101' == 65
		&& '\\' == 92 && '\'' == 39;
}

// expect: adjacent_strings() == 11
int adjacent_strings(void)
{
	const char *s = "hello" " " "world";
	return strlen(s);
}

// expect: string_escapes() == 1
int string_escapes(void)
{
	const char *s = "a\tb\n\"q\"\\\x41\101";
	return s[1] == 9 && s[3] == 10 && s[4] == '"' && s[7] == '\\' && s[8] == 'A' && s[9] == 'A'
		&& strlen(s) == 10;
}
