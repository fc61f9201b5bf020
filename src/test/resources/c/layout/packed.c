/*
 * __attribute__((packed)) drops all padding and alignment. The attribute is written before the tag here
 * ("struct __packed foo"), which the model's grammar ties to the struct; the kernel's usual place after the
 * closing brace is in known-bugs/packed_after_brace.c. Cross-checked with gcc on x86-64.
 */
#include "prelude.h"

struct __attribute__((packed)) wire {
	u8 type;
	u32 value;
	u16 crc;
};
// expect-sizeof: struct wire == 7
// expect-alignof: struct wire == 1
// expect-offsetof: struct wire.value == 1
// expect-offsetof: struct wire.crc == 5

/* The kernel annotation spells the same thing. */
struct __packed hdr {
	u8 a;
	u64 b;
};
// expect-sizeof: struct hdr == 9
// expect-offsetof: struct hdr.b == 1

/* A packed struct nested in an ordinary one keeps alignment 1. */
struct holder {
	u8 c;
	struct wire w;
	u8 d;
};
// expect-sizeof: struct holder == 9
// expect-offsetof: struct holder.w == 1
// expect-offsetof: struct holder.d == 8

/* Packed bitfields run on without unit boundaries. */
struct __attribute__((packed)) packed_bits {
	u8 a:4;
	u16 b:12;
	u8 c;
};
// expect-sizeof: struct packed_bits == 3
// expect-bitoffset: struct packed_bits.b == 4
// expect-offsetof: struct packed_bits.c == 2

/* Reading and writing unaligned members works. */
// expect: unaligned_access() == 0xdeadbeef
u32 unaligned_access(void)
{
	struct wire w = { 0 };
	w.value = 0xdeadbeef;
	w.crc = 0x1234;
	return w.value;
}

// expect: packed_bitfield_values() == 0xabc5
int packed_bitfield_values(void)
{
	struct packed_bits p = { 0 };
	p.a = 5;
	p.b = 0xabc;
	p.c = 0xff;
	return p.b << 4 | p.a;
}
