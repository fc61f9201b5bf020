/* Function-like macros: arguments with parentheses and commas, names used without a call. */
#include "prelude.h"

#define SQUARE(x) ((x) * (x))
#define FIRST(a, b) (a)
#define SECOND(a, b) (b)
#define CALL(f, args) f args

/* The function is defined before the macro of the same name, as the kernel does with such pairs. */
static int twice(int x)
{
	return x + x + 1;
}

#define twice(x) (2 * (x))

// expect: square_of_sum() == 49
int square_of_sum(void)
{
	return SQUARE(3 + 4);
}

/* A comma inside parentheses does not split arguments. */
// expect: comma_in_parentheses() == 7
int comma_in_parentheses(void)
{
	return SECOND((1, 2), min(7, 9));
}

/* An empty argument is allowed. */
#define OR_ZERO(x) (x + 0)
// expect: empty_argument() == 0
int empty_argument(void)
{
	return OR_ZERO();
}

/* A function-like macro name not followed by '(' is not expanded: (twice)(3) calls the function. */
// expect: name_without_call() == 7
int name_without_call(void)
{
	return (twice)(3);
}

// expect: macro_call() == 6
int macro_call(void)
{
	return twice(3);
}

/* Arguments are fully expanded before substitution, and the result is rescanned. */
// expect: call_through_macro() == 12
int call_through_macro(void)
{
	return CALL(FIRST, (SQUARE(2) * 3, 0));
}

/* Macro invocations can span lines. */
// expect: multi_line_invocation() == 25
int multi_line_invocation(void)
{
	return SQUARE(
		5
	);
}
