/*
 * Attributes after the closing brace of a struct defined inside a member declaration belong to that struct
 * type, not to the member: in a packed struct such a member is still packed. After a mere reference
 * (struct plain __aligned(8) p;) they belong to the member. Found by ArmGccLayoutTest; checked with
 * arm-linux-gnueabihf-gcc.
 */
#include "prelude.h"

struct packed_outer {
	u8 a;
	struct {
		u16 x;
	} __aligned(4);
	u8 b;
} __packed;
// expect-offsetof: struct packed_outer.x == 1
// expect-offsetof: struct packed_outer.b == 5
// expect-sizeof: struct packed_outer == 6
// expect-alignof: struct packed_outer == 1

/* In an ordinary struct the aligned type still counts. */
struct plain_outer {
	u8 a;
	struct {
		u16 x;
	} __aligned(4) inner;
	u8 b;
};
// expect-offsetof: struct plain_outer.inner == 4
// expect-offsetof: struct plain_outer.b == 8
// expect-sizeof: struct plain_outer == 12

struct plain {
	u32 x;
};

struct ref_holder {
	u8 a;
	struct plain __aligned(8) p;
	struct plain q;
};
// expect-offsetof: struct ref_holder.p == 8
// expect-offsetof: struct ref_holder.q == 12
// expect-sizeof: struct ref_holder == 16
// expect-sizeof: struct plain == 4
// expect-alignof: struct plain == 4
