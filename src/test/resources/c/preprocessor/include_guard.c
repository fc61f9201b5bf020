/* Include guards: a header included twice (directly and through a macro) contributes once. */
#include "prelude.h"
#include "guarded.h"
#define GUARDED_HEADER "guarded.h"
#include GUARDED_HEADER
#include <prelude.h>

// expect: included_once() == 7
int included_once(void)
{
	struct guarded g = { guarded_value };
	return g.value;
}
