/* An identifier nobody declared is an error of the function that uses it; the rest of the file still runs. */
#include "prelude.h"

int uses_undeclared(void)
{
	int x = 1;
	return x + counter;
}
// expect-error: -2 "'counter' is not declared"

// expect: unaffected() == 3
int unaffected(void)
{
	return 3;
}

/* Reaching the statement that did not compile is a fault, not a tool crash. */
// expect-fault: uses_undeclared() UNSUPPORTED at -11
