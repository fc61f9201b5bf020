/* A missing ';' is reported after the token it should follow, as compilers do. */
#include "prelude.h"

int missing_semicolon(void)
{
	return 1
}
// expect-error: -2 "';'"
