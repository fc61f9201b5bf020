/*
 * Enumerations: explicit values, implicit ones after them, negative ones, and their use in constant expressions.
 * An enumerator list that starts without a value is in known-bugs/enum_implicit_first_value.c.
 */
#include "prelude.h"

enum colour {
	RED = 0,
	GREEN,
	BLUE = 10,
	CYAN,
	MINUS = -3,
	AFTER_MINUS,
	ALIAS = GREEN + BLUE,
	SHIFTED = 1 << 4,
};

// expect: implicit_values() == 1011
int implicit_values(void)
{
	return RED * 10000 + GREEN * 1000 + BLUE + CYAN * 0 + 1 + ALIAS - 11 + RED;
}

// expect: negative_values() == -5
int negative_values(void)
{
	return MINUS + AFTER_MINUS;
}

/* Enumerators size arrays and label cases. */
// expect: constant_uses() == 116
int constant_uses(void)
{
	int table[CYAN];
	enum colour c = SHIFTED;
	switch (c) {
	case RED:
		return -1;
	case SHIFTED:
		return sizeof(table) / sizeof(table[0]) * 10 + SHIFTED - 10;
	default:
		return -2;
	}
}

/* An enum is an int on the ARM EABI as the kernel builds it. */
// expect: enum_size() == 4
int enum_size(void)
{
	enum colour c = BLUE;
	return sizeof(c);
}

/* An anonymous enum, and a trailing comma. */
enum { FIRST_FLAG = 0x1, SECOND_FLAG = 0x2, THIRD_FLAG = 0x4, };

// expect: anonymous_enum() == 7
int anonymous_enum(void)
{
	return FIRST_FLAG | SECOND_FLAG | THIRD_FLAG;
}
