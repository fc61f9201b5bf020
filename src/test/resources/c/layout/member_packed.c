/*
 * __packed on a single member (GCC): that member drops its alignment (a bitfield may then straddle its unit);
 * the other members keep theirs. Found by ArmGccLayoutTest; checked with arm-linux-gnueabihf-gcc.
 */
#include "prelude.h"

struct one_packed {
	u8 tag;
	u32 value __packed;
	u16 crc;
};
// expect-offsetof: struct one_packed.value == 1
// expect-offsetof: struct one_packed.crc == 6
// expect-sizeof: struct one_packed == 8
// expect-alignof: struct one_packed == 2

/* Alone, a packed long leaves the struct byte-aligned. */
struct only_packed {
	long value __attribute__((packed));
};
// expect-alignof: struct only_packed == 1
// expect-sizeof: struct only_packed == 4

/* After bitfields, the packed member starts at the next byte, not the next word. */
struct after_bits {
	unsigned long a;
	char b:4;
	unsigned int c:18;
	int d __attribute__((packed));
};
// expect-offsetof: struct after_bits.d == 7
// expect-sizeof: struct after_bits == 12

/* A packed bitfield runs on across its unit's boundary; an ordinary one moves to the next unit. */
struct straddle {
	u8 c;
	int x:7;
	int y:30 __packed;
	int z:30;
};
// expect-bitoffset: struct straddle.y == 15
// expect-bitoffset: struct straddle.z == 64
// expect-sizeof: struct straddle == 12

// expect: read_back() == 0x1234567
u32 read_back(void)
{
	struct one_packed p = { 0 };
	p.value = 0x1234567;
	p.crc = 0xffff;
	return p.value;
}
