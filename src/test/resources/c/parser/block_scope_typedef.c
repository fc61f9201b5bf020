/* A typedef declared inside a function body names a type there. */
#include "prelude.h"

// expect: block_scope_typedef() == 3
int block_scope_typedef(void)
{
	typedef int myint;
	myint x = 3;
	return x;
}
