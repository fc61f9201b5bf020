/*
 * KNOWN BUG: a parameter or local variable named like a typedef shadows the typedef in its scope (C11 6.2.1),
 * but the typedef retyper keeps retyping later uses of the name to TypedefName, so the use is a syntax error.
 * Kernel code declares "phandle phandle;" locals (pinctrl_dt_to_map in drivers/pinctrl/devicetree.c, several
 * drivers reading an eeprom phandle).
 */
#include "prelude.h"

typedef u32 phandle;

// expect: local_named_like_typedef() == 4
int local_named_like_typedef(void)
{
	phandle phandle = 3;
	return phandle + 1;
}

static int twice(int phandle)
{
	return phandle * 2;
}

// expect: parameter_named_like_typedef() == 10
int parameter_named_like_typedef(void)
{
	return twice(5);
}
