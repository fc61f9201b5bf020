#ifndef _ASMARM_PAGE_H
#define _ASMARM_PAGE_H

/* 4 KiB pages. */
#define PAGE_SHIFT		12
#define PAGE_SIZE		(1UL << PAGE_SHIFT)
#define PAGE_MASK		(~(PAGE_SIZE - 1))

#endif
