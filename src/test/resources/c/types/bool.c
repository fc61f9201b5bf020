/* _Bool holds 0 or 1: every conversion to it normalises, including increments and casts. */
#include "prelude.h"

// expect: from_int() == 1
bool from_int(void)
{
	bool b = 256;	/* not 0 though its low byte is */
	return b;
}

// expect: from_pointer() == 1
bool from_pointer(void)
{
	int x;
	bool b = &x;
	return b;
}

// expect: cast() == 2
int cast(void)
{
	return (bool)2 + (_Bool)-1;
}

// expect: stored_in_struct() == 1
int stored_in_struct(void)
{
	struct { bool flag; } s;
	s.flag = 42;
	return s.flag;
}

// expect: increment() == 1
int increment(void)
{
	bool b = 1;
	b++;
	return b;
}

/* Decrementing false gives true (0 - 1 is non-zero). */
// expect: decrement() == 1
int decrement(void)
{
	bool b = 0;
	b--;
	return b;
}

// expect: compound_assignment() == 1
int compound_assignment(void)
{
	bool b = 0;
	b += 2;
	return b;
}

/* A boolean parameter and return value normalise too. */
static bool id(bool b)
{
	return b;
}

// expect: parameter() == 1
int parameter(void)
{
	return id(0x100);
}
