/* Attributes after a struct's closing brace (where the kernel writes __packed) apply to the struct type. */
#include "prelude.h"

struct after {
	u8 a;
	u32 b;
} __attribute__((packed));
// expect-sizeof: struct after == 5

struct annotated {
	u8 a;
	u32 b;
} __packed;
// expect-sizeof: struct annotated == 5
// expect-offsetof: struct annotated.b == 1

typedef struct {
	u8 a;
	u32 b;
} __attribute__((packed)) packed_t;
// expect-sizeof: packed_t == 5

struct aligned_after {
	u8 a;
} __attribute__((aligned(8)));
// expect-sizeof: struct aligned_after == 8

// expect: in_c() == 5
int in_c(void)
{
	return sizeof(struct annotated);
}
