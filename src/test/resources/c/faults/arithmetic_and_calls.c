/*
 * Division by zero, calls through a NULL or bogus function pointer, calls to functions the model declares but
 * never defines, BUG_ON, and writes to string literals.
 */
#include "prelude.h"

// expect-fault: divide(7, 0) DIVISION_BY_ZERO at +4 in divide
// expect: divide(7, 2) == 3
int divide(int a, int b)
{
	return a / b;
}

// expect-fault: remainder(7, 0) DIVISION_BY_ZERO
int remainder(int a, int b)
{
	return a % b;
}

// expect-fault: u64_divide_by_zero() DIVISION_BY_ZERO
u64 u64_divide_by_zero(void)
{
	u64 a = 1, b = 0;
	return a / b;
}

struct ops {
	int (*probe)(void);
};

// expect-fault: null_function_pointer() BAD_CALL at +5 "NULL function pointer"
int null_function_pointer(void)
{
	struct ops ops = { NULL };

	return ops.probe();
}

// expect-fault: data_as_function() BAD_CALL "not a function"
int data_as_function(void)
{
	static int not_code;
	int (*fn)(void) = (int (*)(void))&not_code;
	return fn();
}

/* Declared, never defined, and not a primitive. */
int clk_prepare_enable(void *clk);

// expect-fault: undefined_function() UNDEFINED_FUNCTION at +4 "clk_prepare_enable"
int undefined_function(void)
{
	int x;
	return clk_prepare_enable(&x);
}

/* The harness itself calling a name the snippet does not define. */
// expect-fault: no_such_function() UNDEFINED_FUNCTION "no function no_such_function"

// expect-fault: bug_on(1) BUG at +4 in bug_on
// expect: bug_on(0) == 0
int bug_on(int bad)
{
	BUG_ON(bad);
	return 0;
}

// expect-fault: write_string_literal() READ_ONLY_WRITE at +5
int write_string_literal(void)
{
	char *s = "constant";

	s[0] = 'C';
	return 0;
}
