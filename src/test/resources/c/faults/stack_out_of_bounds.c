/* Reading past a local array hits a redzone and is reported, as KASAN does for the stack. */
#include "prelude.h"

// expect-report: stack_array() OUT_OF_BOUNDS at +5
int stack_array(void)
{
	int a[4] = { 1, 2, 3, 4 };
	int i = 4;
	return a[i];
}
