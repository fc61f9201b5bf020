/*
 * GCC gives an enum the smallest of int, unsigned int, long long and unsigned long long that holds its values:
 * an enumerator beyond 32 bits makes it 8 bytes, 8-aligned. Found by ArmGccLayoutTest; checked with
 * arm-linux-gnueabihf-gcc.
 */
#include "prelude.h"

enum small { SMALL_A, SMALL_B = 5 };
enum high { HIGH_A = 0x80000000u };
enum big { BIG_A = 0x100000000ULL, BIG_B };
enum big_negative { BIG_NEGATIVE_A = -1, BIG_NEGATIVE_B = 0x80000000u };

struct holds_big {
	u8 c;
	enum big e;
	enum small s;
};
// expect-sizeof: enum small == 4
// expect-sizeof: enum high == 4
// expect-sizeof: enum big == 8
// expect-alignof: enum big == 8
// expect-sizeof: enum big_negative == 8
// expect-offsetof: struct holds_big.e == 8
// expect-offsetof: struct holds_big.s == 16
// expect-sizeof: struct holds_big == 24

// expect: big_b() == 0x100000001
u64 big_b(void)
{
	enum big b = BIG_B;
	return b;
}
