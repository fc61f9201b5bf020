/* Casts truncate to the target width, then sign- or zero-extend. */
#include "prelude.h"

// expect: to_u8() == 0x34
int to_u8(void)
{
	return (u8)0x1234;
}

// expect: to_s8() == -1
int to_s8(void)
{
	return (s8)0xff;
}

// expect: to_u16() == 65535
int to_u16(void)
{
	return (u16)-1;
}

// expect: to_s16() == -32768
int to_s16(void)
{
	return (s16)0x18000;
}

// expect: u64_to_int() == 1
int u64_to_int(void)
{
	u64 v = 0x100000001ull;
	return (int)v;
}

// expect: int_to_long_long() == -1
long long int_to_long_long(void)
{
	return (long long)(int)-1;
}

// expect: unsigned_to_unsigned_long_long() == 0xffffffff
unsigned long long unsigned_to_unsigned_long_long(void)
{
	return (unsigned long long)(unsigned int)-1;
}

// expect: int_to_unsigned_long_long() == 0xffffffffffffffff
unsigned long long int_to_unsigned_long_long(void)
{
	return (unsigned long long)-1;
}

/* A pointer converted to an integer and back is the same pointer. */
// expect: pointer_round_trip() == 1
int pointer_round_trip(void)
{
	int x = 5;
	uintptr_t bits = (uintptr_t)&x;
	int *back = (int *)bits;
	return back == &x && *back == 5;
}

/* lower_32_bits and upper_32_bits, as the kernel writes them. */
#define lower_32_bits(n)	((u32)(n))
#define upper_32_bits(n)	((u32)(((n) >> 16) >> 16))
// expect: split_u64() == 0x12345678
u32 split_u64(void)
{
	u64 v = 0x1234567887654321ull;
	return lower_32_bits(v) == 0x87654321 ? upper_32_bits(v) : 0;
}

/* (void) discards a value. */
// expect: void_cast() == 3
int void_cast(void)
{
	int x = 3;
	(void)x;
	(void)(x + 1);
	return x;
}
