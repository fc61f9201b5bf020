/* short int is short, and unsigned short int is unsigned short. */
#include "prelude.h"

// expect: sizeof_short_int() == 2
int sizeof_short_int(void)
{
	short int s = 0;
	return sizeof(s);
}

// expect: unsigned_short_int_wraps() == 65535
int unsigned_short_int_wraps(void)
{
	unsigned short int u = -1;
	return u;
}

struct regs {
	unsigned short int low;
	unsigned short int high;
};

// expect: struct_of_short_ints() == 4
int struct_of_short_ints(void)
{
	return sizeof(struct regs);
}
