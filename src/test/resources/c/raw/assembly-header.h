/* An assembly-only header says so with #error: nothing in it is C. */
// expect: functions 0
// expect: passed 12
#ifndef __ASM_EXAMPLE_H__
#define __ASM_EXAMPLE_H__
#ifndef __ASSEMBLY__
#error "Only include this from assembly code"
#endif
	.macro	disable_irq
	cpsid	i
	.endm
#endif
