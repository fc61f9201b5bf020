/*
 * __aligned written after a pointer's '*' applies to that pointer type: it sets (raises or lowers) the
 * member's alignment when it is on the member's own pointer, and does nothing to the member when it is on a
 * pointer it points to. Found by ArmGccLayoutTest; checked with arm-linux-gnueabihf-gcc.
 */
#include "prelude.h"

struct raised_pointer {
	u8 c;
	void * __aligned(8) p;
};
// expect-offsetof: struct raised_pointer.p == 8
// expect-sizeof: struct raised_pointer == 16

struct lowered_pointer {
	u8 c;
	void * __attribute__((aligned(2))) p;
};
// expect-offsetof: struct lowered_pointer.p == 2
// expect-sizeof: struct lowered_pointer == 6
// expect-alignof: struct lowered_pointer == 2

struct pointed_to {
	u8 c;
	void * __aligned(16) *pp;
};
// expect-offsetof: struct pointed_to.pp == 4
// expect-sizeof: struct pointed_to == 8

struct function_pointer {
	u8 c;
	int (* __aligned(8) fn)(void);
};
// expect-offsetof: struct function_pointer.fn == 8

/* Only the declarator that carries it. */
struct two_declarators {
	u8 c;
	void * __aligned(8) p, *q;
};
// expect-offsetof: struct two_declarators.q == 12
// expect-sizeof: struct two_declarators == 16
