/* An include file that is not in the tree is reported at the #include line. */
#include "prelude.h"
#include "no/such/header.h"
// expect-error: -1 "cannot find include file \"no/such/header.h\""
#include <linux/not-there.h>
// expect-error: -1 "cannot find include file <linux/not-there.h>"

// expect: rest_of_file() == 1
int rest_of_file(void)
{
	return 1;
}
