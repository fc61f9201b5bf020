/* Pointers to pointers, out parameters, NULL tests, and void * round trips. */
#include "prelude.h"

static int make(int **out, int value)
{
	int *p = kzalloc(sizeof(*p), GFP_KERNEL);
	if (!p)
		return -ENOMEM;
	*p = value;
	*out = p;
	return 0;
}

// expect: out_parameter() == 9
int out_parameter(void)
{
	int *p = NULL;
	int v;
	if (make(&p, 9))
		return -1;
	v = *p;
	kfree(p);
	return v;
}

// expect: pointer_to_pointer() == 3
int pointer_to_pointer(void)
{
	int a = 1, b = 3;
	int *p = &a;
	int **pp = &p;
	*pp = &b;
	return *p;
}

// expect: null_tests() == 111
int null_tests(void)
{
	int x;
	int *n = NULL, *p = &x;
	return (!n) * 100 + (p != NULL) * 10 + (n == 0);
}

// expect: void_round_trip() == 77
int void_round_trip(void)
{
	int x = 77;
	void *v = &x;
	int *back = v;
	return *back;
}

/* Writing through a pointer parameter changes the caller's object. */
static void bump(int *p)
{
	(*p)++;
}

// expect: through_parameter() == 2
int through_parameter(void)
{
	int x = 0;
	bump(&x);
	bump(&x);
	return x;
}

/* A pointer to a struct member and to an array element of a struct. */
struct pair {
	int a;
	int arr[2];
};

// expect: member_pointers() == 30
int member_pointers(void)
{
	struct pair s = { 1, { 2, 3 } };
	int *pa = &s.a;
	int *pe = &s.arr[1];
	*pa = 10;
	*pe = 20;
	return s.a + s.arr[1];
}
