/* The # and ## operators, and the two-level __stringify idiom. */
#include "prelude.h"

#define str(x) #x
#define __stringify_1(x...) #x
#define __stringify(x...) __stringify_1(x)
#define VERSION 4
#define glue(a, b) a ## b
#define xglue(a, b) glue(a, b)
#define DECLARE_GETTER(name, value) int get_ ## name(void) { return value; }

DECLARE_GETTER(answer, 42)
DECLARE_GETTER(zero, 0)

// expect: get_answer() == 42
// expect: get_zero() == 0

// expect: plain_stringify() == 7
int plain_stringify(void)
{
	return sizeof(str(VERSION)) - 1;	/* "VERSION": the argument is not expanded */
}

// expect: two_level_stringify() == 1
int two_level_stringify(void)
{
	return strcmp(__stringify(VERSION), "4") == 0;
}

/* Spaces inside the argument collapse to one; leading and trailing ones go. */
// expect: stringify_spacing() == 1
int stringify_spacing(void)
{
	return strcmp(str(  a   +    b  ), "a + b") == 0;
}

/* Quotes and backslashes in string arguments are escaped. */
// expect: stringify_string() == 1
int stringify_string(void)
{
	return strcmp(str("a\n"), "\"a\\n\"") == 0;
}

int counter12 = 12;

// expect: paste_identifier() == 12
int paste_identifier(void)
{
	return glue(counter, 12);
}

/* Operands of ## are not expanded first; xglue expands them. */
#define ONE 1
#define TWO 2
int ONETWO = 3;
// expect: paste_without_expansion() == 3
int paste_without_expansion(void)
{
	return glue(ONE, TWO);
}

// expect: paste_after_expansion() == 12
int paste_after_expansion(void)
{
	return xglue(ONE, TWO);
}

/* Pasting a number and a suffix gives one literal, as _AC(X, Y) does in the kernel. */
#define __AC(X, Y) (X ## Y)
#define _AC(X, Y) __AC(X, Y)
// expect: paste_suffix() == 1
int paste_suffix(void)
{
	return sizeof(_AC(1, ULL)) == 8 && _AC(0x10, UL) == 16;
}

// expect: log_stringified() == 0
// expect-log: log_stringified() "value of VERSION is 4"
int log_stringified(void)
{
	printk(KERN_INFO "value of " str(VERSION) " is " __stringify(VERSION) "\n");
	return 0;
}
