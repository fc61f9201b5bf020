/*
 * Several __aligned attributes: on a member the largest wins; on a struct type the last one written wins (and
 * cannot lower it below its members'). Found by ArmGccLayoutTest; checked with arm-linux-gnueabihf-gcc.
 */
#include "prelude.h"

struct member_largest {
	u8 c;
	u32 x __aligned(4) __aligned(16);
};
// expect-offsetof: struct member_largest.x == 16
// expect-alignof: struct member_largest == 16

struct type_last {
	u8 c;
} __attribute__((aligned(16))) __attribute__((aligned(4)));
// expect-alignof: struct type_last == 4
// expect-sizeof: struct type_last == 4

struct __attribute__((aligned(4))) type_last_after_brace {
	u8 c;
} __attribute__((aligned(16)));
// expect-alignof: struct type_last_after_brace == 16

struct type_last_in_one {
	u32 c;
} __attribute__((aligned(16), aligned(2)));
// expect-alignof: struct type_last_in_one == 4
