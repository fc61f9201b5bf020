/* Arrays decay to pointers, except under sizeof and &; multidimensional arrays index row-major. */
#include "prelude.h"

static int sum(const int *p, int n)
{
	int s = 0;
	while (n--)
		s += *p++;
	return s;
}

// expect: decay_to_parameter() == 15
int decay_to_parameter(void)
{
	int a[5] = { 1, 2, 3, 4, 5 };
	return sum(a, ARRAY_SIZE(a));
}

/* A parameter declared as an array is a pointer. */
static int param_size(int a[10])
{
	return sizeof(a);
}

// expect: array_parameter_is_pointer() == 4
int array_parameter_is_pointer(void)
{
	int a[10];
	return param_size(a);
}

// expect: sizeof_array_and_pointer() == 204
int sizeof_array_and_pointer(void)
{
	int a[5];
	int *p = a;
	return sizeof(a) * 10 + sizeof(p);
}

/* &a has the array's type: +1 steps over the whole array. */
// expect: address_of_array() == 20
int address_of_array(void)
{
	int a[5];
	return (char *)(&a + 1) - (char *)&a;
}

// expect: two_dimensions() == 2312
int two_dimensions(void)
{
	int m[3][4];
	int i, j;
	for (i = 0; i < 3; i++)
		for (j = 0; j < 4; j++)
			m[i][j] = i * 10 + j;
	return m[2][3] * 100 + m[1][2];
}

// expect: row_sizes() == 163
int row_sizes(void)
{
	int m[3][4];
	return sizeof(m[1]) * 10 + sizeof(m) / sizeof(m[0]);
}

// expect: row_major() == 6
int row_major(void)
{
	int m[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } };
	int *flat = &m[0][0];
	return flat[5];
}

/* Arrays of arrays of chars: a table of fixed-size strings. */
static const char names[3][6] = { "zero", "one", "two" };

// expect: string_table() == 1
int string_table(void)
{
	return strcmp(names[2], "two") == 0 && sizeof(names) == 18 && names[1][3] == 0;
}

/* A global array and a pointer to its middle. */
int table[4] = { 5, 6, 7, 8 };
int *middle = &table[2];

// expect: global_pointer_into_array() == 14
int global_pointer_into_array(void)
{
	return middle[0] + middle[-1] + (int)(middle - table) - 1;
}
