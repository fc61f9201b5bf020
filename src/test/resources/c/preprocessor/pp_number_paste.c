/* Pasting preprocessing numbers (0x ## 1f) makes one constant, as GCC does. */
#include "prelude.h"

#define glue(a, b) a ## b

// expect: paste_hex() == 0x1f
int paste_hex(void)
{
	return glue(0x, 1f);
}
