/* A macro is not expanded inside its own expansion (hide sets), however it is reached. */
#include "prelude.h"

int foo = 10;
#define foo (foo + 1)

// expect: self_reference() == 11
int self_reference(void)
{
	return foo;
}

/* The example of C11 6.10.3.4: x is (4 + (2 * x)) and y is (2 * (4 + y)), the inner names left alone. */
int x = 5;
int y = 7;
#define x (4 + y)
#define y (2 * x)

// expect: mutual_reference_x() == 14
int mutual_reference_x(void)
{
	return x;
}

// expect: mutual_reference_y() == 22
int mutual_reference_y(void)
{
	return y;
}

#undef x
#undef y

/* A function-like macro whose expansion names itself, called again with the result. */
static int f(int a)
{
	return a * 100;
}
#define f(a) (f(a) + 1)

// expect: function_self_reference() == 301
int function_self_reference(void)
{
	return f(3);
}

// expect: nested_self_reference() == 30101
int nested_self_reference(void)
{
	return f(f(3));
}

/* A macro reached through another macro name, then called: q(1) is h(1) * 3, that is 1 + 2 * 3. */
#define h(a) a + 2
#define ptr h
#define q(a) ptr(a) * 3

// expect: indirect() == 7
int indirect(void)
{
	return q(1) + 0 * 0;
}

/* An object-like macro that expands to a function-like macro's name picks up the call after it. */
#define square_fn(v) ((v) * (v))
#define SQ square_fn

// expect: name_then_call() == 81
int name_then_call(void)
{
	return SQ(9);
}

/*
 * C11 6.10.3.4 example 2 (GCC's reading): f2(2)(9) gives 2*f2(9) through g2, then 2*9*g2, where g2 is now followed
 * by nothing to call it with and stays a name: the variable.
 */
int g2 = 5;
#define f2(a) a*g2
#define g2(a) f2(a)

// expect: rescan_picks_up_following_tokens() == 90
int rescan_picks_up_following_tokens(void)
{
	return f2(2)(9);
}
