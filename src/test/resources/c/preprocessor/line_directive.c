/*
 * #line N renumbers the lines after it: a function spliced in from a user's tree keeps that tree's line numbers, so
 * its faults and errors are cited where the user reads them; a second #line puts the numbering back.
 */
#include "prelude.h"

#line 500
int deref_at_500(int *p)
{
	return *p;
}
#line 13
// expect-fault: deref_at_500(0) NULL_DEREFERENCE at 502

#line 600
int undeclared_at_602(void)
{
	return nope;
}
#line 21
// expect-error: 602 "'nope' is not declared"

// expect-fault: back_in_order(0) NULL_DEREFERENCE at 26
int back_in_order(int *p)
{
	return *p + 1;
}
