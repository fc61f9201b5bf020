/* while, do/while, for, with break and continue at every depth, and loops that run zero times. */
#include "prelude.h"

// expect: sum_for(10) == 45
// expect: sum_for(0) == 0
int sum_for(int n)
{
	int i, s = 0;
	for (i = 0; i < n; i++)
		s += i;
	return s;
}

// expect: do_while_runs_once() == 1
int do_while_runs_once(void)
{
	int n = 0;
	do {
		n++;
	} while (0);
	return n;
}

// expect: while_never() == 0
int while_never(void)
{
	int n = 0;
	while (n > 0)
		n++;
	return n;
}

// expect: continue_skips() == 25
int continue_skips(void)
{
	int i, s = 0;
	for (i = 0; i < 10; i++) {
		if (i % 2 == 0)
			continue;
		s += i;
	}
	return s;
}

/* continue in a do/while goes to the condition. */
// expect: continue_in_do_while() == 5
int continue_in_do_while(void)
{
	int i = 0, n = 0;
	do {
		i++;
		if (i % 2)
			continue;
		n += i;
	} while (i < 4);
	return n - 1;
}

/* break leaves only the innermost loop. */
// expect: nested_break() == 30
int nested_break(void)
{
	int i, j, n = 0;
	for (i = 0; i < 3; i++) {
		for (j = 0; j < 100; j++) {
			if (j == 10)
				break;
			n++;
		}
	}
	return n;
}

/* for with a declaration, an empty condition, and a comma step. */
// expect: for_forms() == 7
int for_forms(void)
{
	int a, b, n = 0;
	for (int i = 0;; i++) {
		if (i == 3)
			break;
		n++;
	}
	for (a = 0, b = 10; a < b; a++, b--)
		n++;
	return n - 1;
}

/* A variable declared in a loop body is fresh on each pass (its initialiser runs again). */
// expect: fresh_locals() == 3
int fresh_locals(void)
{
	int i, s = 0;
	for (i = 0; i < 3; i++) {
		int once = 1;
		s += once;
		once = 100;
	}
	return s;
}

/* The kernel's do { } while (0) macros compose as single statements. */
#define SWAP(a, b) do { int __t = (a); (a) = (b); (b) = __t; } while (0)
// expect: do_while_zero_macro() == 21
int do_while_zero_macro(void)
{
	int x = 1, y = 2;
	if (x < y)
		SWAP(x, y);
	else
		SWAP(x, x);
	return x * 10 + y;
}
