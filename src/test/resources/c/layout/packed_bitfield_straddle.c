/* A packed bitfield may span more bytes than its declared type; every bit is kept. */
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
