/*
 * KNOWN BUG: the length of an array of unknown size is counted in top-level initialiser items
 * (Initializers.sized), but with brace elision several items fill one element: "struct point pts[] =
 * { 1, 2, 3, 4 }" has 2 elements, the interpreter makes 4 (and 6 for the global below, which has 3).
 */
#include "prelude.h"

struct point {
	int x, y;
};

// expect: local_elided() == 2
int local_elided(void)
{
	struct point pts[] = { 1, 2, 3, 4 };
	return ARRAY_SIZE(pts);
}

static struct point gpts[] = { 1, 2, 3, 4, 5, 6 };

// expect: global_elided() == 3
int global_elided(void)
{
	return ARRAY_SIZE(gpts);
}

/* With the inner braces written the count is right already. */
// expect: braced_elements() == 2
int braced_elements(void)
{
	struct point pts[] = { { 1, 2 }, { 3, 4 } };
	return ARRAY_SIZE(pts);
}
