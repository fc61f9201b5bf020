#ifndef _LINUX_BITOPS_H
#define _LINUX_BITOPS_H

#include <linux/types.h>

#define BITS_PER_BYTE		8
#define BITS_PER_LONG		32
#define BIT(nr)			(1UL << (nr))
#define BIT_MASK(nr)		(1UL << ((nr) % BITS_PER_LONG))
#define BIT_WORD(nr)		((nr) / BITS_PER_LONG)
#define BITS_TO_LONGS(nr)	(((nr) + BITS_PER_BYTE * sizeof(long) - 1) / \
				 (BITS_PER_BYTE * sizeof(long)))

/* One thread in the model, so these need no atomic sequences. */
static inline void set_bit(int nr, volatile unsigned long *addr)
{
	addr[BIT_WORD(nr)] |= BIT_MASK(nr);
}

static inline void clear_bit(int nr, volatile unsigned long *addr)
{
	addr[BIT_WORD(nr)] &= ~BIT_MASK(nr);
}

static inline int test_bit(int nr, const volatile unsigned long *addr)
{
	return (addr[BIT_WORD(nr)] & BIT_MASK(nr)) != 0;
}

static inline int test_and_set_bit(int nr, volatile unsigned long *addr)
{
	int old = test_bit(nr, addr);

	set_bit(nr, addr);
	return old;
}

#define __set_bit(nr, addr)	set_bit(nr, addr)
#define __clear_bit(nr, addr)	clear_bit(nr, addr)

/* Index of the lowest set bit; @word must not be 0. */
static inline unsigned long __ffs(unsigned long word)
{
	unsigned long n = 0;

	while (!(word & 1UL)) {
		word >>= 1;
		n++;
	}
	return n;
}

/* 1-based index of the highest set bit, 0 for 0. */
static inline int fls(unsigned int x)
{
	int n = 0;

	while (x) {
		x >>= 1;
		n++;
	}
	return n;
}

static inline int fls64(u64 x)
{
	u32 h = (u32)(x >> 32);

	if (h)
		return fls(h) + 32;
	return fls((u32)x);
}

/* lib/find_bit.c */
unsigned long find_next_bit(const unsigned long *addr, unsigned long size,
			    unsigned long offset);
unsigned long find_next_zero_bit(const unsigned long *addr, unsigned long size,
				 unsigned long offset);
unsigned long find_first_bit(const unsigned long *addr, unsigned long size);
unsigned long find_first_zero_bit(const unsigned long *addr, unsigned long size);

#endif /* _LINUX_BITOPS_H */
