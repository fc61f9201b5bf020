/* Declarators read inside out: pointers to arrays, arrays of pointers, qualifiers in every place. */
#include "prelude.h"

// expect: pointer_to_array() == 7
int pointer_to_array(void)
{
	int rows[2][4] = { { 0, 1, 2, 3 }, { 4, 5, 6, 7 } };
	int (*row)[4] = rows;
	row++;
	return (*row)[3];
}

// expect: sizeof_declarators() == 4816
int sizeof_declarators(void)
{
	int (*p)[4];
	int *q[4];
	int m[2][2];
	char c[16];
	return sizeof(p) * 1000 + sizeof(q) * 100 / 2 + sizeof(m) / 16 * 10 + sizeof(c) / 16 * 6;
}

// expect: qualifiers() == 9
int qualifiers(void)
{
	const int a = 4;
	int const b = 5;
	const int *const p = &a;
	volatile unsigned int v = 0;
	int *restrict r = (int *)&b;
	v = *p + *r;
	return v;
}

/* Several declarators in one declaration, each with its own pointer and initialiser. */
// expect: several_declarators() == 33
int several_declarators(void)
{
	int a = 1, *p = &a, arr[2] = { 10, 20 }, b = 2;
	*p += arr[0] + arr[1];
	return a + b;
}

/* Abstract declarators in casts and sizeof. */
// expect: abstract_declarators() == 44
int abstract_declarators(void)
{
	return sizeof(int (*)[10]) * 10 + sizeof(int *[1]);
}
