/*
 * A union is as large as its largest member, rounded up to its strictest alignment; every member is at offset 0.
 * Cross-checked with gcc on x86-64.
 */
#include "prelude.h"

union small {
	char bytes[5];
	int word;
};
// expect-sizeof: union small == 8
// expect-alignof: union small == 4
// expect-offsetof: union small.word == 0

union wide {
	u8 b;
	u64 q;
	u16 h[3];
};
// expect-sizeof: union wide == 8
// expect-alignof: union wide == 8

struct tagged {
	u8 kind;
	union small value;
	u8 after;
};
// expect-sizeof: struct tagged == 16
// expect-offsetof: struct tagged.value == 4
// expect-offsetof: struct tagged.value.word == 4
// expect-offsetof: struct tagged.after == 12

/* Bitfields in a union all start at bit 0. */
union bits {
	unsigned int low:4;
	unsigned int all:32;
	u8 byte;
};
// expect-sizeof: union bits == 4
// expect-bitoffset: union bits.low == 0

/* Writing one member and reading another reinterprets the bytes (little-endian). */
// expect: type_punning() == 0x44
int type_punning(void)
{
	union small s;
	s.word = 0x11223344;
	return s.bytes[0];
}

// expect: punning_high_byte() == 0x11
int punning_high_byte(void)
{
	union small s;
	s.word = 0x11223344;
	return s.bytes[3];
}

// expect: bitfield_view() == 0xa
int bitfield_view(void)
{
	union bits b;
	b.all = 0xfffffffa;
	return b.low;
}

/* A union initialiser initialises its first member unless designated. */
// expect: union_initialisers() == 0x0201
int union_initialisers(void)
{
	union small first = { { 1, 2 } };
	union small designated = { .word = 0x0201 };
	return first.word == designated.word ? first.word : -1;
}
