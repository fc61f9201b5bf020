/*
 * KNOWN BUG: in a packed struct a bitfield may run past the storage unit of its declared type (here b takes
 * bits 7..36). The layout is right (size 5), but Lvalues.Bitfield loads and stores only sizeof(u32) bytes from
 * the field's first byte, so the top bits of b are lost: 0x3fffffff reads back as 0x1ffffff.
 */
#include "prelude.h"

struct __attribute__((packed)) straddle {
	u32 a:7;
	u32 b:30;
};
// expect-sizeof: struct straddle == 5
// expect-bitoffset: struct straddle.b == 7

// expect: straddling_value() == 0x3fffffff
u32 straddling_value(void)
{
	struct straddle s = { 0 };
	s.b = 0x3fffffff;
	return s.b;
}
