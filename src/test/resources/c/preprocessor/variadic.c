/* Variadic macros: __VA_ARGS__, named variadic parameters, and GNU's , ##__VA_ARGS__. */
#include "prelude.h"


static int count(int first, int a, int b, int c)
{
	return first * 1000 + a * 100 + b * 10 + c;
}

#define CALL4(f, ...) f(__VA_ARGS__)
#define WITH_DEFAULTS(first, ...) count(first, ##__VA_ARGS__)
#define NAMED(fmt, args...) printk(fmt, ## args)
#define NARGS_(_1, _2, _3, _4, N, ...) N
#define NARGS(...) NARGS_(__VA_ARGS__, 4, 3, 2, 1, 0)

// expect: forward_all() == 1234
int forward_all(void)
{
	return CALL4(count, 1, 2, 3, 4);
}

// expect: gnu_comma_kept() == 5678
int gnu_comma_kept(void)
{
	return WITH_DEFAULTS(5, 6, 7, 8);
}

// expect: count_arguments() == 4321
int count_arguments(void)
{
	return NARGS(a, b, c, d) * 1000 + NARGS(a, b, c) * 100 + NARGS(a, b) * 10 + NARGS(a);
}

/* With no variadic arguments the comma before ##__VA_ARGS__ disappears. */
// expect-log: gnu_comma_dropped() "no arguments" level 3
// expect-log: gnu_comma_dropped() "one 1 two 2" level 6
// expect: gnu_comma_dropped() == 0
int gnu_comma_dropped(void)
{
	pr_err("no arguments\n");
	pr_info("one %d two %d\n", 1, 2);
	return 0;
}

// expect-log: named_variadic() "x=3 y=4"
// expect-log: named_variadic() "nothing"
int named_variadic(void)
{
	NAMED("x=%d y=%d\n", 3, 4);
	NAMED("nothing\n");
	return 0;
}
