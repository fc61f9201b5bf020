/* aligned(...) takes any constant expression, such as sizeof(long long). */
#include "prelude.h"

struct al {
	u8 a;
	u32 b __attribute__((aligned(sizeof(long long))));
};
// expect-offsetof: struct al.b == 8
// expect-sizeof: struct al == 16

struct al2 {
	u8 a;
	u8 b __attribute__((aligned(2 * 4)));
};
// expect-offsetof: struct al2.b == 8
