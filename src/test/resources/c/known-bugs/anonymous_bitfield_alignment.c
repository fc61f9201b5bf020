/*
 * KNOWN BUG (ARM-specific layout): on the ARM EABI an unnamed bitfield, zero-width or not, gives the struct the
 * alignment of its declared type, as a named one does. GCC implements this with TARGET_ALIGN_ANON_BITFIELD
 * (arm_align_anon_bitfield returns TARGET_AAPCS_BASED; "AAPCS requires that anonymous bitfields affect structure
 * alignment"), consulted in stor-layout.c's update_alignment_for_field. StructLayout follows the x86 rule
 * (unnamed bitfields do not count), which is what gcc on x86-64 prints: 3 1 2 and 5 1 4.
 * The expected values below are derived from those GCC sources, not measured on ARM: a first case for the
 * arm-linux-gnueabihf-gcc differential test.
 */
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
