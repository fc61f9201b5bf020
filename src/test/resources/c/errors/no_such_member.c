/* A member that the struct does not have. */
#include "prelude.h"

struct point {
	int x, y;
};

int get_z(struct point *p)
{
	return p->z;
}
// expect-error: -2 "struct point has no member named 'z'"

int set_w(void)
{
	struct point pt;
	pt.w = 1;
	return 0;
}
// expect-error: -3 "has no member named 'w'"
