/* A pointer to a local used after its function returned is reported as use after return. */
#include "prelude.h"

static int *escape(void)
{
	int local = 5;
	int *p = &local;
	return p;
}

// expect-report: read_dead_frame() USE_AFTER_RETURN at +5 "stack of escape"
int read_dead_frame(void)
{
	int *p = escape();

	return *p;
}
