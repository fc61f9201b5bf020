#ifndef _LINUX_STDDEF_H
#define _LINUX_STDDEF_H

#undef NULL
#define NULL ((void *)0)

enum {
	false	= 0,
	true	= 1
};

#undef offsetof
#define offsetof(TYPE, MEMBER)	((size_t)(unsigned long)&((TYPE *)0)->MEMBER)

#endif /* _LINUX_STDDEF_H */
