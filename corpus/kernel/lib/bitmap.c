/*
 * Bitmap helpers used by the IOVA allocator of arch/arm/mm/dma-mapping.c.
 */
#include <linux/bitmap.h>
#include <linux/bitops.h>
#include <linux/kernel.h>
#include <linux/export.h>

void bitmap_set(unsigned long *map, unsigned int start, int len)
{
	while (len-- > 0)
		set_bit(start++, map);
}
EXPORT_SYMBOL(bitmap_set);

void bitmap_clear(unsigned long *map, unsigned int start, int len)
{
	while (len-- > 0)
		clear_bit(start++, map);
}
EXPORT_SYMBOL(bitmap_clear);

unsigned long bitmap_find_next_zero_area_off(unsigned long *map,
					     unsigned long size,
					     unsigned long start,
					     unsigned int nr,
					     unsigned long align_mask,
					     unsigned long align_offset)
{
	unsigned long index, end, busy;

	for (;;) {
		index = find_next_zero_bit(map, size, start);

		/* Round up so that index + align_offset is aligned. */
		index = __ALIGN_MASK(index + align_offset, align_mask) -
			align_offset;

		end = index + nr;
		if (end > size)
			return end;	/* no room: tell the caller by overflowing */

		busy = find_next_bit(map, end, index);
		if (busy >= end)
			return index;

		/* Something is in the way: look again just past it. */
		start = busy + 1;
	}
}
EXPORT_SYMBOL(bitmap_find_next_zero_area_off);
