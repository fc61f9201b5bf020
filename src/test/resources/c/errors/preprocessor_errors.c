/* #error, stray conditionals, and a macro called with the wrong number of arguments. */
#include "prelude.h"

#define PAIR(a, b) ((a) + (b))

#error this configuration is not supported
// expect-error: -1 "#error this configuration is not supported"

#endif
// expect-error: -1 "#endif without #if"

#if 1
#else
#else
#endif
// expect-error: -2 "second #else"

int wrong_arity(void)
{
	return PAIR(1);
}
// expect-error: -2 "macro PAIR takes 2 argument(s) but 1 were given"
// expect-error: -3 "'PAIR' is not declared"

#frobnicate
// expect-error: -1 "unknown preprocessor directive #frobnicate"
