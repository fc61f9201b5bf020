/*
 * Type specifiers in any order and combination name the same types ("short int" is in
 * known-bugs/short_int.c).
 */
#include "prelude.h"

// expect: combinations() == 1
int combinations(void)
{
	unsigned u = -1;
	long int li = -1;
	int long il = -1;
	long unsigned int lui = -1;
	short si = -1;
	short unsigned usi = -1;
	long long int lli = -1;
	unsigned long long ull = -1;
	signed s = -1;
	return u == 0xffffffffu && li == -1 && il == -1 && lui == 0xffffffffu && si == -1 && usi == 0xffff
		&& lli == -1 && ull == 0xffffffffffffffffull && s == -1 && sizeof(lui) == 4;
}

// expect: long_unsigned() == 0xffffffff
long unsigned long_unsigned(void)
{
	return -1;
}

// expect: unsigned_long_long() == 0xffffffffffffffff
unsigned long long unsigned_long_long(void)
{
	return -1;
}

// expect: signed_long_long() == -1
long long signed_long_long(void)
{
	return 0xffffffffffffffffull;
}

/* An anonymous struct behind a typedef, and a struct declared after a pointer to it. */
typedef struct {
	int a;
	char b;
} anon_t;

struct later;
struct holder {
	struct later *p;
};
struct later {
	int value;
};

// expect: anonymous_and_forward() == 89
int anonymous_and_forward(void)
{
	anon_t t = { 8, 1 };
	struct later l = { 9 };
	struct holder h = { &l };
	return sizeof(t) * 10 + t.a - 8 + h.p->value;
}
