/*
 * Bit searches over unsigned long arrays, one bit at a time: the
 * interpreter cares about clarity, not speed.
 */
#include <linux/bitops.h>
#include <linux/export.h>

unsigned long find_next_bit(const unsigned long *addr, unsigned long size,
			    unsigned long offset)
{
	for (; offset < size; offset++)
		if (test_bit(offset, addr))
			return offset;
	return size;
}
EXPORT_SYMBOL(find_next_bit);

unsigned long find_next_zero_bit(const unsigned long *addr, unsigned long size,
				 unsigned long offset)
{
	for (; offset < size; offset++)
		if (!test_bit(offset, addr))
			return offset;
	return size;
}
EXPORT_SYMBOL(find_next_zero_bit);

unsigned long find_first_bit(const unsigned long *addr, unsigned long size)
{
	return find_next_bit(addr, size, 0);
}
EXPORT_SYMBOL(find_first_bit);

unsigned long find_first_zero_bit(const unsigned long *addr, unsigned long size)
{
	return find_next_zero_bit(addr, size, 0);
}
EXPORT_SYMBOL(find_first_zero_bit);
