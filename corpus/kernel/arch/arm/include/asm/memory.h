#ifndef __ASM_ARM_MEMORY_H
#define __ASM_ARM_MEMORY_H

#include <linux/types.h>
#include <asm/page.h>

/*
 * Lowmem of the run: the heap lives at 0xc0000000 and is linearly mapped,
 * so virt_to_phys(v) == v - 0x80000000. Both are primitives.
 */
#define PAGE_OFFSET		0xc0000000UL
#define PHYS_OFFSET		0x40000000UL

phys_addr_t virt_to_phys(const volatile void *x);
void *phys_to_virt(phys_addr_t x);

#define __pa(x)			virt_to_phys((void *)(x))
#define __va(x)			phys_to_virt((phys_addr_t)(x))

#define __phys_to_pfn(paddr)	((unsigned long)((paddr) >> PAGE_SHIFT))
#define __pfn_to_phys(pfn)	((phys_addr_t)(pfn) << PAGE_SHIFT)

/* No bus offset on the modelled SoCs: bus addresses are physical. */
#define __pfn_to_bus(x)		__pfn_to_phys(x)
#define __bus_to_pfn(x)		__phys_to_pfn(x)

#endif
