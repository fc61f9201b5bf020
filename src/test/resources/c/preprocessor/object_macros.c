/* Object-like macros: replacement, precedence as written, redefinition and #undef. */
#include "prelude.h"

#define WIDTH 8
#define HEIGHT (WIDTH * 2)
#define AREA WIDTH * HEIGHT
#define NOTHING

// expect: area() == 128
int area(void)
{
	return AREA NOTHING;
}

/* Without parentheses the replacement binds as written: 64 / 8 * 16. */
// expect: unparenthesised() == 128
int unparenthesised(void)
{
	return 64 / AREA;
}

#undef WIDTH
#define WIDTH 3

/* HEIGHT is expanded where it is used, so it sees the new WIDTH. */
// expect: height_after_redefinition() == 6
int height_after_redefinition(void)
{
	return HEIGHT;
}

#undef WIDTH
int WIDTH = 5;

/* Once undefined, the name is an ordinary identifier again. */
// expect: undefined_name_is_a_variable() == 5
int undefined_name_is_a_variable(void)
{
	return WIDTH;
}
