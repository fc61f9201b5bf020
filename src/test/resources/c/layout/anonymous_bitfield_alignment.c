/* On ARM (AAPCS) unnamed bitfields, zero-width ones included, give the struct their type's alignment (GCC's arm_align_anon_bitfield). */
#include "prelude.h"

struct unnamed_pad {
	unsigned char a;
	unsigned int :4;
	unsigned char b;
};
// expect-sizeof: struct unnamed_pad == 4
// expect-alignof: struct unnamed_pad == 4
// expect-offsetof: struct unnamed_pad.b == 2

struct zero_width {
	char a;
	int :0;
	char b;
};
// expect-sizeof: struct zero_width == 8
// expect-alignof: struct zero_width == 4
// expect-offsetof: struct zero_width.b == 4
