/* An array of unknown size with elided braces has as many elements as its scalars fill. */
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
