/* A bitfield narrower than int is promoted to int, whatever its declared type (C11 6.3.1.1p2). */
#include "prelude.h"

struct s {
	unsigned int x:4;
	unsigned int y:31;
	unsigned int z:32;
};

// expect: narrow_field_promotes_to_int() == 1
int narrow_field_promotes_to_int(void)
{
	struct s v = { 0 };
	return v.x - 1 < 0;
}

// expect: width_31_promotes_to_int() == 1
int width_31_promotes_to_int(void)
{
	struct s v = { 0 };
	return v.y - 1 < 0;
}

/* A 32-bit unsigned field does not fit int and stays unsigned: this one already holds. */
// expect: width_32_stays_unsigned() == 0
int width_32_stays_unsigned(void)
{
	struct s v = { 0 };
	return v.z - 1 < 0;
}
