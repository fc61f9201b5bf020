/*
 * KNOWN BUG (a gap in the sanitizer model): all locals of a function share one stack region, so indexing a
 * local array past its end lands in the next local and is not reported. KASAN puts redzones between stack
 * objects and reports this as a stack-out-of-bounds read. Here a[4] silently reads i (4).
 */
#include "prelude.h"

// expect-report: stack_array() OUT_OF_BOUNDS at +5
int stack_array(void)
{
	int a[4] = { 1, 2, 3, 4 };
	int i = 4;
	return a[i];
}
