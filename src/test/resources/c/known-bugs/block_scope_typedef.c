/*
 * KNOWN BUG: a typedef declared inside a function body is not learned by the typedef retyper (it only tracks
 * typedefs at brace depth 0), so the declaration that uses it is a syntax error.
 */
#include "prelude.h"

// expect: block_scope_typedef() == 3
int block_scope_typedef(void)
{
	typedef int myint;
	myint x = 3;
	return x;
}
