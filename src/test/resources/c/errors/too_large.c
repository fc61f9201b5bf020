/*
 * C that would make review materialise or lay out more than it models is refused where it is written, with a
 * message naming the limit: integer constants that are not numbers, objects larger than 256 MiB, globals beyond
 * the model's data area, a frame larger than 1 MiB.
 */
#include "prelude.h"

int bad_octal(void)
{
	return 099;
}
// expect-error: -2 "invalid digit \"9\" in octal constant 099"

int too_big_constant(void)
{
	return 0x1ffffffffffffffff;
}
// expect-error: -2 "integer constant 0x1ffffffffffffffff is too large for its type"

char gigantic[0x60000000];
// expect-error: -1 "size of array is too large"

int negative[-1];
// expect-error: -1 "size of array is negative"

/* Each is reported where the struct is laid out, when a function needs its size. */
struct wide {
	char a[0x0fffffff];
	int b[2];
};
// expect-error: -4 "struct wide is too large (more than 256 MiB)"

int use_wide(void)
{
	return sizeof(struct wide);
}

struct bits {
	unsigned int x : 40;
};
// expect-error: -2 "width 40 exceeds the type of bitfield x"

int use_bits(void)
{
	return sizeof(struct bits);
}

char nine_mib[9 << 20];
// expect-error: -1 "nine_mib (9437184 bytes) does not fit in the 8 MiB the model gives all globals"

int big_frame(void)
{
	char buf[2 << 20];
	return 0;
}
// expect-error: -3 "local buf (2097152 bytes) makes the frame of big_frame larger than the 1024 KiB"

// expect: small_frame() == 1
int small_frame(void)
{
	char buf[64 << 10];
	buf[0] = 1;
	return buf[0];
}
