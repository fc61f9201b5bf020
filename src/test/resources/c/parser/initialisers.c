/* Initialisers: designated (nested, arrays, GNU ranges), positional with brace elision, strings into char arrays. */
#include "prelude.h"

struct point {
	int x, y;
};

struct shape {
	const char *name;
	struct point corner[2];
	int flags;
};

// expect: nested_designators() == 1357
int nested_designators(void)
{
	struct shape s = { .corner[1].y = 7, .corner[0] = { .x = 1, .y = 3 }, .corner[1].x = 5 };
	return s.corner[0].x * 1000 + s.corner[0].y * 100 + s.corner[1].x * 10 + s.corner[1].y;
}

/* Members left out are zero, in locals as in globals. */
// expect: omitted_members_are_zero() == 0
int omitted_members_are_zero(void)
{
	struct shape s = { .flags = 0 };
	return s.corner[1].y + (s.name != NULL);
}

// expect: array_designators() == 4105
int array_designators(void)
{
	int a[6] = { [4] = 4, [1] = 1, 5 };	/* 5 goes to a[2], after a[1] */
	return a[4] * 1000 + a[1] * 100 + a[0] * 10 + a[2];
}

/* A later designator overrides part of a range. */
// expect: gnu_ranges() == 1912
int gnu_ranges(void)
{
	int a[8] = { [0 ... 3] = 1, [4 ... 7] = 2, [2] = 9 };
	return a[0] * 1000 + a[2] * 100 + a[3] * 10 + a[7];
}

/* Braces may be left out: the items fill the sub-aggregates in order. */
// expect: brace_elision() == 1234
int brace_elision(void)
{
	struct point pts[2] = { 1, 2, 3, 4 };
	return pts[0].x * 1000 + pts[0].y * 100 + pts[1].x * 10 + pts[1].y;
}

// expect: brace_elision_in_struct() == 56
int brace_elision_in_struct(void)
{
	struct shape s = { "box", 1, 2, 3, 4, 50 };
	return s.flags + s.corner[1].y + s.corner[0].y;
}

/* A string initialises a char array: the rest is zero; a string exactly as long as the array drops its NUL. */
// expect: string_into_array() == 1
int string_into_array(void)
{
	char buf[8] = "abc";
	char exact[3] = "xyz";
	return buf[2] == 'c' && buf[3] == 0 && buf[7] == 0 && exact[2] == 'z' && sizeof(exact) == 3;
}

/* Arrays of unknown length take their length from the initialiser. */
static const int primes[] = { 2, 3, 5, 7, 11 };
static const char greeting[] = "hello";
static const char *names[] = { "zero", "one", [4] = "four" };

// expect: unknown_length() == 565
int unknown_length(void)
{
	return ARRAY_SIZE(primes) * 100 + sizeof(greeting) * 10 + ARRAY_SIZE(names);
}

// expect: pointer_array_initialiser() == 1
int pointer_array_initialiser(void)
{
	return strcmp(names[4], "four") == 0 && names[2] == NULL && names[1][0] == 'o';
}

/* A scalar may be initialised with braces. */
// expect: braced_scalar() == 5
int braced_scalar(void)
{
	int x = { 5 };
	return x;
}

/* Designators then positional items inside a nested struct. */
struct config {
	int id;
	struct point origin;
	int extra[3];
};

static struct config global_config = {
	.origin = { 3, 4 },
	.extra = { [2] = 9 },
	.id = 12,
};

// expect: global_designated() == 12349
int global_designated(void)
{
	return global_config.id * 1000 + global_config.origin.x * 100 + global_config.origin.y * 10
		+ global_config.extra[2] + global_config.extra[0];
}
