/* Arguments and return values convert to the declared types; static and extern functions; __func__. */
#include "prelude.h"

static int takes_byte(u8 b)
{
	return b;
}

// expect: argument_converted() == 44
int argument_converted(void)
{
	return takes_byte(300);
}

static u8 returns_byte(int v)
{
	return v;
}

// expect: return_converted() == 255
int return_converted(void)
{
	return returns_byte(-1);
}

static s64 widen(int v)
{
	return v;
}

// expect: return_widened() == -2
s64 return_widened(void)
{
	return widen(-2);
}

/* Arguments are evaluated before the call; a later argument sees an earlier one's side effect only through
 * sequencing the kernel avoids, so here they are independent. */
static int three(int a, int b, int c)
{
	return a * 100 + b * 10 + c;
}

// expect: several_arguments() == 123
int several_arguments(void)
{
	int x = 1;
	return three(x, x + 1, x + 2);
}

/* A prototype, then the definition after its use. */
int defined_later(int v);

// expect: forward_declared() == 8
int forward_declared(void)
{
	return defined_later(4);
}

int defined_later(int v)
{
	return v * 2;
}

// expect-log: function_name() "function_name"
int function_name(void)
{
	printk("%s\n", __func__);
	return 0;
}

/* A void function returns early. */
static void set_if_positive(int *p, int v)
{
	if (v <= 0)
		return;
	*p = v;
}

// expect: void_early_return() == 5
int void_early_return(void)
{
	int x = 5;
	set_if_positive(&x, -1);
	return x;
}

/* Called with arguments from the test harness: negative and hexadecimal values. */
// expect: args(-1, 0x10) == -16
// expect: args(3, -3) == -9
int args(int a, int b)
{
	return a * b;
}

// expect: unsigned_args(0xffffffff) == 0xffffffff
unsigned int unsigned_args(unsigned int v)
{
	return v;
}

// expect: u64_arg(0x123456789) == 0x123456789
u64 u64_arg(u64 v)
{
	return v;
}
