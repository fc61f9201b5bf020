/*
 * KNOWN BUG: the preprocessor lexes "0x" and "1f" as two tokens each ("0" "x", "1" "f") instead of one
 * preprocessing number (C11 6.4.8), so 0x ## 1f pastes "x" and "1" and the result is "0 x1 f", a syntax error.
 * GCC gives 0x1f. The kernel pastes hex digits onto 0x in a few macros.
 */
#include "prelude.h"

#define glue(a, b) a ## b

// expect: paste_hex() == 0x1f
int paste_hex(void)
{
	return glue(0x, 1f);
}
