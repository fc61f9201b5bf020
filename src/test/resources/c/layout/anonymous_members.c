/*
 * Nested and anonymous structs and unions: an anonymous member's fields are reached as if they were the outer
 * struct's, at the anonymous member's offset plus their own. Cross-checked with gcc on x86-64.
 */
#include "prelude.h"

struct reg {
	u8 id;
	union {
		u32 raw;
		struct {
			u16 lo;
			u16 hi;
		};
	};
	struct {
		u8 x, y;
	} pos;
	u8 tail;
};
// expect-sizeof: struct reg == 12
// expect-offsetof: struct reg.raw == 4
// expect-offsetof: struct reg.lo == 4
// expect-offsetof: struct reg.hi == 6
// expect-offsetof: struct reg.pos == 8
// expect-offsetof: struct reg.pos.y == 9
// expect-offsetof: struct reg.tail == 10

// expect: anonymous_access() == 0x1234
int anonymous_access(void)
{
	struct reg r;
	r.raw = 0x12345678;
	return r.hi;
}

// expect: anonymous_write() == 0xbeefcafe
u32 anonymous_write(void)
{
	struct reg r = { 0 };
	r.lo = 0xcafe;
	r.hi = 0xbeef;
	return r.raw;
}

// expect: named_nested() == 0x0302
int named_nested(void)
{
	struct reg r = { .id = 1, .pos = { 2, 3 }, .tail = 4 };
	return r.pos.x | r.pos.y << 8;
}

/* A designated initialiser reaches into the anonymous union. */
// expect: designated_anonymous() == 0x77
int designated_anonymous(void)
{
	struct reg r = { .raw = 0x77, .tail = 1 };
	return r.lo;
}

/* Through a pointer, with offsetof agreeing. */
// expect: pointer_and_offsetof() == 1
int pointer_and_offsetof(void)
{
	struct reg r;
	struct reg *p = &r;
	return (char *)&p->hi - (char *)p == offsetof(struct reg, hi);
}
