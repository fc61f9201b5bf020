/* A syntax error is a diagnostic at its own line, quoting the token that did not fit. */
#include "prelude.h"

int fine(void)
{
	return 1;
}

int broken(void)
{
	return 1 +;
}
// expect-error: -2 "syntax error at \";\""
