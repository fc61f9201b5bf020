/*
 * A zero-width bitfield is not influenced by packed (GCC): even in a packed struct it moves the next member to
 * its type's alignment and gives the struct that alignment. Found by ArmGccLayoutTest; checked with
 * arm-linux-gnueabihf-gcc.
 */
#include "prelude.h"

struct __packed zero_int {
	u8 a;
	int :0;
	u8 b;
};
// expect-offsetof: struct zero_int.b == 4
// expect-alignof: struct zero_int == 4
// expect-sizeof: struct zero_int == 8

struct zero_long_long {
	u8 a;
	unsigned long long :0;
	u32 b;
} __packed;
// expect-offsetof: struct zero_long_long.b == 8
// expect-alignof: struct zero_long_long == 8
// expect-sizeof: struct zero_long_long == 16

struct zero_between_bits {
	unsigned a:5;
	unsigned :0;
	unsigned long b:2;
} __attribute__((packed));
// expect-bitoffset: struct zero_between_bits.b == 32
// expect-sizeof: struct zero_between_bits == 8
