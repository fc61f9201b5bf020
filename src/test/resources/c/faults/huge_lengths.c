/*
 * A length of up to 4 GiB given to memset, memcpy or memcmp is an out-of-bounds access of that many bytes, checked
 * before anything is copied: the interpreter never makes a buffer of the length the C asked for.
 */
#include "prelude.h"

// expect-report: memset_all_of_memory() OUT_OF_BOUNDS "write of 4294967295 byte(s)"
int memset_all_of_memory(void)
{
	char *p = kzalloc(16, GFP_KERNEL);
	memset(p, 0, (size_t)-1);
	kfree(p);
	return 0;
}

// expect-report: memset_two_gib() OUT_OF_BOUNDS "write of 2147483647 byte(s)"
int memset_two_gib(void)
{
	char *p = kzalloc(16, GFP_KERNEL);
	memset(p, 0, 0x7fffffff);
	kfree(p);
	return 0;
}

// expect-report: memcpy_huge() OUT_OF_BOUNDS "of 3221225472 byte(s)"
int memcpy_huge(void)
{
	char *p = kzalloc(16, GFP_KERNEL);
	char *q = kzalloc(16, GFP_KERNEL);
	memcpy(p, q, 0xc0000000);
	kfree(p);
	kfree(q);
	return 0;
}

// expect-report: memcmp_huge() OUT_OF_BOUNDS "read of 2415919104 byte(s)"
int memcmp_huge(void)
{
	char *p = kzalloc(16, GFP_KERNEL);
	int r = memcmp(p, p, 0x90000000);
	kfree(p);
	return r;
}

// expect: memset_in_bounds() == 7
int memset_in_bounds(void)
{
	char *p = kzalloc(16, GFP_KERNEL);
	int r;
	memset(p, 7, 16);
	r = p[15];
	kfree(p);
	return r;
}
