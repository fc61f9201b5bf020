/*
 * __aligned on a typedef sets the alignment of objects of that type, raising it (the kernel's __aligned_u64
 * pattern) or lowering it (GCC allows that for typedefs, unlike for members); a member's own __aligned cannot
 * lower it again. Found by ArmGccLayoutTest; checked with arm-linux-gnueabihf-gcc.
 */
#include "prelude.h"

typedef u32 u32_a8 __aligned(8);
typedef u64 u64_a2 __aligned(2);
typedef u32_a8 u32_a8_again;

// expect-alignof: u32_a8 == 8
// expect-alignof: u64_a2 == 2
// expect-alignof: u32_a8_again == 8
// expect-sizeof: u32_a8 == 4

struct raised {
	u8 c;
	u32_a8 v;
};
// expect-offsetof: struct raised.v == 8
// expect-sizeof: struct raised == 16
// expect-alignof: struct raised == 8

struct lowered {
	u8 c;
	u64_a2 v;
	u64_a2 w[2];
};
// expect-offsetof: struct lowered.v == 2
// expect-offsetof: struct lowered.w == 10
// expect-sizeof: struct lowered == 26
// expect-alignof: struct lowered == 2

struct through {
	u8 c;
	u32_a8_again v;
};
// expect-offsetof: struct through.v == 8

struct member_cannot_lower {
	u8 c;
	u32_a8 v __aligned(1);
};
// expect-offsetof: struct member_cannot_lower.v == 8

/* __aligned after the brace of a typedef'd union is the union's, and cannot lower it below its members'. */
typedef union {
	u32 (*fn)(void) __aligned(16);
	u8 c;
} __aligned(2) brace_t;

struct brace_holder {
	u8 a;
	brace_t u;
};
// expect-offsetof: struct brace_holder.u == 16
// expect-sizeof: struct brace_holder == 32

/* _Alignof sees the typedef's alignment too. */
// expect: alignments() == 0x82
int alignments(void)
{
	return _Alignof(u32_a8) << 4 | _Alignof(u64_a2);
}
