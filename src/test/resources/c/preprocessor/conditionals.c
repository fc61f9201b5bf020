/* #if, #elif, #else, #ifdef, #ifndef, defined, arithmetic in conditions, and skipped text. */
#include "prelude.h"

#define LEVEL 3
#define FEATURE

// expect: chain() == 3
int chain(void)
{
#if LEVEL == 1
	return 1;
#elif LEVEL == 2
	return 2;
#elif LEVEL == 3
	return 3;
#else
	return 4;
#endif
}

// expect: defined_forms() == 111
int defined_forms(void)
{
	int r = 0;
#if defined(FEATURE) && defined LEVEL
	r += 1;
#endif
#ifdef FEATURE
	r += 10;
#endif
#ifndef NOT_DEFINED_ANYWHERE
	r += 100;
#endif
#if defined(NOT_DEFINED_ANYWHERE) || !defined(FEATURE)
	r += 1000;
#endif
	return r;
}

/* An identifier that is not a macro counts as 0 in #if. */
// expect: unknown_identifier_is_zero() == 2
int unknown_identifier_is_zero(void)
{
#if NOT_A_MACRO
	return 1;
#else
	return 2;
#endif
}

/* Arithmetic, shifts, ?: and character constants in conditions. */
// expect: arithmetic() == 15
int arithmetic(void)
{
	int r = 0;
#if (LEVEL * 4 - 2) / 5 == 2
	r |= 1;
#endif
#if (1 << LEVEL) == 8 && -1 < 0
	r |= 2;
#endif
#if (LEVEL > 2 ? 10 : 20) == 10
	r |= 4;
#endif
#if 'A' == 65 && 0x10 == 020
	r |= 8;
#endif
	return r;
}

/* Text in a skipped group is not parsed at all, nor are directives other than conditionals. */
// expect: skipped_group() == 1
int skipped_group(void)
{
#if 0
	this is not C at all (
#error never reported
#include "no-such-file.h"
#if 1
	neither is this
#endif
#endif
	return 1;
}

/* Nested conditionals inside a false branch stay false, whatever their own condition. */
// expect: nested() == 21
int nested(void)
{
	int r = 0;
#if LEVEL > 1
#  if LEVEL > 2
	r += 1;
#  else
	r += 2;
#  endif
#else
#  if 1
	r += 4;
#  endif
#endif
#if 0
#elif 1
	r += 20;
#elif 1
	r += 40;
#endif
	return r;
}
