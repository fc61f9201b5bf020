/* kmalloc(0) returns ZERO_SIZE_PTR, not NULL; kfree(ZERO_SIZE_PTR) does nothing; dereferencing it faults. */
#include "prelude.h"

#define ZERO_SIZE_PTR ((void *)16)

// expect: zero_size_is_not_null() == 1
int zero_size_is_not_null(void)
{
	return kmalloc(0, GFP_KERNEL) == ZERO_SIZE_PTR && kzalloc(0, GFP_KERNEL) == ZERO_SIZE_PTR;
}

// expect: free_zero_size_ptr() == 0
int free_zero_size_ptr(void)
{
	kfree(ZERO_SIZE_PTR);
	return 0;
}

/* Touching it is a NULL-page access, as the kernel's oops for address 0x10 says. */
// expect-fault: touch_zero_size() NULL_DEREFERENCE
int touch_zero_size(void)
{
	u8 *p = kzalloc(0, GFP_KERNEL);
	if (!p)
		return -ENOMEM;
	return p[0];
}
