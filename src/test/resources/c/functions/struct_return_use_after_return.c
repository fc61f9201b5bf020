/* A struct returned by value outlives the callee's frame: no use after return. */
#include "prelude.h"

struct vec {
	int x, y, z;
};

static struct vec make(int x, int y, int z)
{
	struct vec v = { x, y, z };
	return v;
}

static struct vec add(struct vec a, struct vec b)
{
	a.x += b.x;
	a.y += b.y;
	a.z += b.z;
	return a;
}

// expect: returned_struct() == 123
int returned_struct(void)
{
	struct vec v = make(1, 2, 3);
	return v.x * 100 + v.y * 10 + v.z;
}

// expect: member_of_returned_struct() == 2
int member_of_returned_struct(void)
{
	return make(1, 2, 3).y;
}

// expect: chained_calls() == 369
int chained_calls(void)
{
	struct vec v = add(add(make(1, 2, 3), make(1, 2, 3)), make(1, 2, 3));
	return v.x * 100 + v.y * 10 + v.z;
}

struct blob {
	u64 q;
	char s[5];
};

static struct blob blob_of(u64 q)
{
	struct blob b = { q, "blob" };
	return b;
}

// expect: wide_struct_return() == 1
int wide_struct_return(void)
{
	struct blob b = blob_of(0x123456789ull);
	return b.q == 0x123456789ull && strcmp(b.s, "blob") == 0;
}
