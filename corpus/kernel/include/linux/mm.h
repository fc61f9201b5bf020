#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <linux/types.h>
#include <linux/gfp.h>
#include <linux/pfn.h>
#include <asm/page.h>
#include <asm/memory.h>

/*
 * struct page is never defined: a page pointer is an opaque cookie equal
 * to the kernel virtual address of the page, and is never dereferenced.
 */
struct page;

#define PAGE_ALIGN(addr)	ALIGN(addr, PAGE_SIZE)
#define offset_in_page(p)	((unsigned long)(p) & ~PAGE_MASK)

#define virt_to_page(kaddr)	((struct page *)((unsigned long)(kaddr) & PAGE_MASK))
#define page_address(page)	((void *)(page))

#define page_to_pfn(page)	__phys_to_pfn(virt_to_phys(page_address(page)))
#define pfn_to_page(pfn)	virt_to_page(phys_to_virt(__pfn_to_phys(pfn)))
#define page_to_phys(page)	__pfn_to_phys(page_to_pfn(page))

/* Smallest order such that (PAGE_SIZE << order) >= size. */
static inline int get_order(unsigned long size)
{
	int order = 0;

	size = (size - 1) >> PAGE_SHIFT;
	while (size) {
		size >>= 1;
		order++;
	}
	return order;
}

#endif /* _LINUX_MM_H */
