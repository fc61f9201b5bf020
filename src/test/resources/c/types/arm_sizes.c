/* Sizes and alignments of the basic types on 32-bit ARM (EABI): int, long and pointers 4 bytes, long long 8. */
#include "prelude.h"

// expect-sizeof: char == 1
// expect-sizeof: short == 2
// expect-sizeof: int == 4
// expect-sizeof: long == 4
// expect-sizeof: long long == 8
// expect-sizeof: _Bool == 1
// expect-sizeof: void * == 4
// expect-sizeof: size_t == 4
// expect-sizeof: u64 == 8
// expect-alignof: long long == 8
// expect-alignof: u64 == 8
// expect-alignof: short == 2
// expect-alignof: char * == 4

// expect: sizes_in_c() == 1248
int sizes_in_c(void)
{
	return sizeof(char) * 1000 + sizeof(short) * 100 + sizeof(long) * 10 + sizeof(long long);
}

// expect: pointer_sizes() == 444
int pointer_sizes(void)
{
	int (*fn)(void) = sizes_in_c;
	return sizeof(int *) * 100 + sizeof(fn) * 10 + sizeof(struct never_defined *);
}

// expect: alignof_in_c() == 8421
int alignof_in_c(void)
{
	return __alignof__(long long) * 1000 + __alignof__(int) * 100 + _Alignof(short) * 10 + __alignof__(char);
}

/* sizeof is a size_t, an unsigned int. */
// expect: sizeof_is_unsigned() == 1
int sizeof_is_unsigned(void)
{
	return sizeof(int) - 5 > 0;
}
