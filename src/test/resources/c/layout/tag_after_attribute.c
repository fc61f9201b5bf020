/*
 * A struct tag written after attributes (struct __packed tag, union __attribute__((packed)) tag) is a tag
 * even when a typedef has the same name, and in a typedef the name after the brace is the one declared. Found
 * by ArmGccLayoutTest (a generated "union ... s64" did not parse); checked with arm-linux-gnueabihf-gcc.
 */
#include "prelude.h"

union __attribute__((packed)) s64 {
	u64 *p;
	s8 b[5];
};
// expect-sizeof: union s64 == 5
// expect-sizeof: s64 == 8

typedef struct __packed wire_hdr {
	u8 type;
	u32 len;
} wire_hdr_t;
// expect-sizeof: wire_hdr_t == 5
// expect-sizeof: struct wire_hdr == 5

struct uses_both {
	wire_hdr_t h;
	s64 v;
};
// expect-offsetof: struct uses_both.v == 8

/* A local of the tagged type does not hide the typedef of the same name. */
// expect: tag_then_typedef() == 1
int tag_then_typedef(void)
{
	union s64 u;
	s64 v = -1;

	u.b[0] = 2;
	return u.b[0] + (int)v;
}
