/* The string and memory primitives: strlen, strcmp, memcmp, memcpy, kstrdup, snprintf, kasprintf. */
#include "prelude.h"

// expect: lengths() == 506
int lengths(void)
{
	char buf[16] = "abcdef";
	return strlen("hello") * 100 + strlen("") + strlen(buf);
}

// expect: comparisons() == 1
int comparisons(void)
{
	return strcmp("abc", "abc") == 0 && strcmp("abc", "abd") < 0 && strcmp("b", "abc") > 0
		&& strcmp("ab", "abc") < 0;
}

// expect: memory_compare() == 1
int memory_compare(void)
{
	u8 a[4] = { 1, 2, 3, 4 }, b[4] = { 1, 2, 9, 4 };
	return memcmp(a, b, 2) == 0 && memcmp(a, b, 4) < 0 && memcmp(b, a, 4) > 0;
}

// expect: copy() == 0x04030201
u32 copy(void)
{
	u8 src[4] = { 1, 2, 3, 4 };
	u32 dst = 0;
	memcpy(&dst, src, sizeof(dst));
	return dst;
}

// expect: duplicate() == 1
int duplicate(void)
{
	char *d = kstrdup("model", GFP_KERNEL);
	int r = strcmp(d, "model") == 0 && d != (char *)"model";
	d[0] = 'M';
	r = r && strcmp(d, "Model") == 0;
	kfree(d);
	return r;
}

/* snprintf returns the length it would have written and always terminates. */
// expect: bounded_print() == 1
int bounded_print(void)
{
	char buf[8];
	int n = snprintf(buf, sizeof(buf), "%s-%d", "device", 12);
	return n == 9 && strcmp(buf, "device-") == 0;
}

// expect: formatted_allocation() == 1
int formatted_allocation(void)
{
	char *s = kasprintf(GFP_KERNEL, "%s.%d", "iommu", 3);
	int r = strcmp(s, "iommu.3") == 0;
	kfree(s);
	return r;
}

/* Strings in read-only storage can be read through pointers and arrays alike. */
// expect: read_only_strings() == 0x6f
int read_only_strings(void)
{
	const char *s = "hello";
	return s[4];
}
