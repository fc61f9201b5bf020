/*
 * __attribute__((aligned(n))) raises the alignment of a member (and so of the struct), or of a whole struct
 * when written before its tag. Cross-checked with gcc on x86-64.
 */
#include "prelude.h"

struct member_aligned {
	u8 a;
	u32 b __attribute__((aligned(16)));
	u8 c;
};
// expect-sizeof: struct member_aligned == 32
// expect-alignof: struct member_aligned == 16
// expect-offsetof: struct member_aligned.b == 16
// expect-offsetof: struct member_aligned.c == 20

/* The kernel's __aligned(x) annotation. */
struct annotated {
	u8 a;
	u8 b __aligned(8);
};
// expect-sizeof: struct annotated == 16
// expect-offsetof: struct annotated.b == 8

struct __attribute__((aligned(8))) whole {
	u8 a;
};
// expect-sizeof: struct whole == 8
// expect-alignof: struct whole == 8

struct contains_whole {
	u8 c;
	struct whole w;
};
// expect-sizeof: struct contains_whole == 16
// expect-offsetof: struct contains_whole.w == 8

/* aligned without an argument is the target's largest alignment: 8 on ARM (16 on x86-64, so gcc there differs). */
struct __attribute__((aligned)) bare {
	u8 a;
};
// expect-alignof: struct bare == 8
