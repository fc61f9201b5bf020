/*
 * long long (and u64) is 8-byte aligned inside structs on the ARM EABI, as on x86-64 but unlike i386 (4).
 * Cross-checked with gcc on x86-64. Good candidates for an arm-linux-gnueabihf-gcc differential test.
 */
#include "prelude.h"

struct cl {
	char a;
	long long b;
};
// expect-sizeof: struct cl == 16
// expect-alignof: struct cl == 8
// expect-offsetof: struct cl.b == 8

struct icl {
	int a;
	char c;
	u64 b;
	int d;
};
// expect-sizeof: struct icl == 24
// expect-offsetof: struct icl.b == 8
// expect-offsetof: struct icl.d == 16

/* Tail padding: the size is a multiple of 8 once a long long is inside. */
struct lc {
	long long a;
	char b;
};
// expect-sizeof: struct lc == 16

/* A struct holding a long long is itself 8-aligned where it is nested. */
struct outer {
	char c;
	struct lc inner;
	short s;
};
// expect-sizeof: struct outer == 32
// expect-offsetof: struct outer.inner == 8
// expect-offsetof: struct outer.s == 24
// expect-offsetof: struct outer.inner.b == 16

/* An array of long long keeps 8-byte alignment. */
struct arr {
	int n;
	u64 v[2];
};
// expect-sizeof: struct arr == 24
// expect-offsetof: struct arr.v == 8

// expect: in_c() == 1
int in_c(void)
{
	struct outer o;
	return sizeof(struct cl) == 16 && offsetof(struct outer, s) == 24
		&& (char *)&o.inner.b - (char *)&o == 16;
}
