/* __LINE__, __FILE__ and __func__, and the predefined macros of a 32-bit ARM kernel build. */
#include "prelude.h"

// expect: line() == 7
int line(void)
{
	return __LINE__;
}

/* __LINE__ in a macro is the line of the use. */
#define HERE __LINE__
// expect: line_through_macro() == 15
int line_through_macro(void)
{
	return HERE;
}

// expect-log: file_and_function() "preprocessor/builtin_macros.c file_and_function"
int file_and_function(void)
{
	printk("%s %s\n", __FILE__, __func__);
	return 0;
}

// expect: predefined() == 1111
int predefined(void)
{
	int r = 0;
#if defined(__KERNEL__) && defined(__arm__)
	r += 1;
#endif
#if __SIZEOF_POINTER__ == 4 && __SIZEOF_LONG__ == 4
	r += 10;
#endif
#ifdef __CHAR_UNSIGNED__
	r += 100;
#endif
#if defined(__GNUC__) && __STDC_VERSION__ >= 199901L
	r += 1000;
#endif
	return r;
}
