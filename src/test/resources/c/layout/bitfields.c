/*
 * Bitfields share the storage unit of their declared type with the bitfields before them; one that would cross
 * its unit's boundary starts the next unit; named bitfields give the struct their type's alignment; a zero-width
 * bitfield closes the unit. Offsets of bitfields are given in bits from the start of the struct.
 * Cross-checked with gcc on x86-64, whose rules agree for these cases (x86-64 and ARM differ for unnamed
 * bitfields, see known-bugs/anonymous_bitfield_alignment.c).
 */
#include "prelude.h"

struct packed_in_one {
	unsigned int a:3, b:5, c:8;
};
// expect-sizeof: struct packed_in_one == 4
// expect-bitoffset: struct packed_in_one.b == 3
// expect-bitoffset: struct packed_in_one.c == 8
// expect-bitwidth: struct packed_in_one.c == 8

/* b would straddle bits 31/32: it moves to the next int. */
struct straddle {
	unsigned int a:30;
	unsigned int b:4;
};
// expect-sizeof: struct straddle == 8
// expect-bitoffset: struct straddle.b == 32

/* A bitfield follows ordinary members in the same unit when it fits. */
struct after_char {
	char c;
	unsigned int b:8;
};
// expect-sizeof: struct after_char == 4
// expect-bitoffset: struct after_char.b == 8

/* A 24-bit field after a char does not fit the rest of the first int (8 + 24 = 32 fits; 8 + 25 does not). */
struct after_char_wide {
	char c;
	unsigned int fits:24;
	unsigned int next:25;
};
// expect-sizeof: struct after_char_wide == 8
// expect-bitoffset: struct after_char_wide.fits == 8
// expect-bitoffset: struct after_char_wide.next == 32

/* char-typed bitfields use char units: 4 + 6 crosses a byte, so b starts the second byte. */
struct char_units {
	unsigned char a:4;
	unsigned char b:6;
};
// expect-sizeof: struct char_units == 2
// expect-alignof: struct char_units == 1
// expect-bitoffset: struct char_units.b == 8

/* short-typed bitfields: 9 + 9 crosses 16. */
struct short_units {
	unsigned short a:9;
	unsigned short b:9;
};
// expect-sizeof: struct short_units == 4
// expect-alignof: struct short_units == 2
// expect-bitoffset: struct short_units.b == 16

/* A zero-width bitfield starts a new unit. */
struct zero_width {
	unsigned int a:4;
	unsigned int :0;
	unsigned int b:4;
};
// expect-sizeof: struct zero_width == 8
// expect-bitoffset: struct zero_width.b == 32

/* An unnamed bitfield takes bits; how it weighs on the struct's alignment is in known-bugs/anonymous_bitfield_alignment.c. */
struct unnamed_bits {
	unsigned int a:4;
	unsigned int :8;
	unsigned int b:4;
};
// expect-sizeof: struct unnamed_bits == 4
// expect-bitoffset: struct unnamed_bits.b == 12

/* A long long bitfield uses an 8-byte unit; an int after it fits in the second word. */
struct ll_bits {
	unsigned long long a:40;
	unsigned int b:20;
};
// expect-sizeof: struct ll_bits == 8
// expect-alignof: struct ll_bits == 8
// expect-bitoffset: struct ll_bits.b == 40

/* Mixed: ordinary members after bitfields start at the next byte boundary of their alignment. */
struct mixed {
	unsigned int a:1;
	unsigned int b:2;
	u8 byte;
	u16 half;
	unsigned int c:12;
};
// expect-sizeof: struct mixed == 8
// expect-offsetof: struct mixed.byte == 1
// expect-offsetof: struct mixed.half == 2
// expect-bitoffset: struct mixed.c == 32

// expect: in_c() == 8
int in_c(void)
{
	return sizeof(struct ll_bits);
}
