/*
 * Layouts with long, pointers and enums, which are 4 bytes on 32-bit ARM (8, 8 and 4 on x86-64): derived from
 * the AAPCS. Sizes and byte offsets were cross-checked at compile time with gcc -mx32, another ILP32 ABI with
 * 8-byte-aligned long long; the bit offsets were not. Good candidates for an arm-linux-gnueabihf-gcc
 * differential test.
 */
#include "prelude.h"

struct device_node_like {
	const char *name;
	u32 phandle;
	struct device_node_like *parent;
	unsigned long flags;
	u64 dma_mask;
	void (*release)(struct device_node_like *);
};
// expect-sizeof: struct device_node_like == 32
// expect-alignof: struct device_node_like == 8
// expect-offsetof: struct device_node_like.parent == 8
// expect-offsetof: struct device_node_like.flags == 12
// expect-offsetof: struct device_node_like.dma_mask == 16
// expect-offsetof: struct device_node_like.release == 24

struct char_long_pointer {
	char c;
	long l;
	void *p;
};
// expect-sizeof: struct char_long_pointer == 12
// expect-offsetof: struct char_long_pointer.l == 4
// expect-offsetof: struct char_long_pointer.p == 8

enum state { STATE_A = 0, STATE_B = 1 };
struct with_enum {
	u8 tag;
	enum state s;
	u16 after;
};
// expect-sizeof: struct with_enum == 12
// expect-offsetof: struct with_enum.s == 4

/* unsigned long bitfields use a 4-byte unit. */
struct long_bits {
	unsigned long a:20;
	unsigned long b:20;
};
// expect-sizeof: struct long_bits == 8
// expect-bitoffset: struct long_bits.b == 32

struct list_head {
	struct list_head *next, *prev;
};
struct kref_like {
	int refcount;
};
struct iommu_mapping_like {
	struct list_head list;
	struct kref_like kref;
	u64 base;
	size_t bits;
	unsigned long *bitmap;
	spinlock_t lock;
};
// expect-sizeof: struct iommu_mapping_like == 40
// expect-offsetof: struct iommu_mapping_like.kref == 8
// expect-offsetof: struct iommu_mapping_like.base == 16
// expect-offsetof: struct iommu_mapping_like.bitmap == 28
// expect-offsetof: struct iommu_mapping_like.lock == 32

// expect: in_c() == 1
int in_c(void)
{
	return sizeof(long) == 4 && sizeof(void *) == 4 && sizeof(struct char_long_pointer) == 12
		&& offsetof(struct device_node_like, dma_mask) == 16;
}
