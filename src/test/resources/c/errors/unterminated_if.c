/* An #if without its #endif is reported at the #if. */
#include "prelude.h"

#if 1
int inside(void)
{
	return 1;
}
// expect-error: 4 "unterminated #if"
