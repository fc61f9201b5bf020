/*
 * What every C snippet shares: the kernel's fixed-width types on 32-bit ARM,
 * a few kernel macros written as the kernel writes them, and the prototypes
 * of the primitives the interpreter implements in Java (functions without a
 * body). Snippets include it with #include "prelude.h".
 */
#ifndef SNIPPET_PRELUDE_H
#define SNIPPET_PRELUDE_H

typedef unsigned char		u8;
typedef signed char		s8;
typedef unsigned short		u16;
typedef signed short		s16;
typedef unsigned int		u32;
typedef signed int		s32;
typedef unsigned long long	u64;
typedef signed long long	s64;
typedef _Bool			bool;
typedef unsigned int		size_t;
typedef int			ssize_t;
typedef int			ptrdiff_t;
typedef unsigned long		uintptr_t;
typedef unsigned int		gfp_t;
typedef u32			phys_addr_t;

#define NULL ((void *)0)

enum {
	false	= 0,
	true	= 1
};

#define GFP_KERNEL	0xcc0u

#define EPERM		1
#define ENOENT		2
#define ENOMEM		12
#define EBUSY		16
#define ENODEV		19
#define EINVAL		22
#define EPROBE_DEFER	517

/* include/linux/stddef.h and include/linux/kernel.h */
#define offsetof(TYPE, MEMBER)	((size_t)&((TYPE *)0)->MEMBER)
#define container_of(ptr, type, member) ({				\
	void *__mptr = (void *)(ptr);					\
	((type *)(__mptr - offsetof(type, member))); })
#define ARRAY_SIZE(arr)		(sizeof(arr) / sizeof((arr)[0]))
#define BIT(nr)			(1UL << (nr))
#define min(x, y)		((x) < (y) ? (x) : (y))

/* include/linux/err.h */
#define MAX_ERRNO	4095
#define IS_ERR_VALUE(x) ((unsigned long)(void *)(x) >= (unsigned long)-MAX_ERRNO)

static inline void *ERR_PTR(long error)
{
	return (void *) error;
}

static inline long PTR_ERR(const void *ptr)
{
	return (long) ptr;
}

static inline bool IS_ERR(const void *ptr)
{
	return IS_ERR_VALUE((unsigned long)ptr);
}

/* include/linux/printk.h */
#define KERN_SOH	"\001"
#define KERN_EMERG	KERN_SOH "0"
#define KERN_ERR	KERN_SOH "3"
#define KERN_WARNING	KERN_SOH "4"
#define KERN_INFO	KERN_SOH "6"
#define KERN_DEBUG	KERN_SOH "7"
int printk(const char *fmt, ...);
#define pr_err(fmt, ...)	printk(KERN_ERR fmt, ##__VA_ARGS__)
#define pr_info(fmt, ...)	printk(KERN_INFO fmt, ##__VA_ARGS__)

/* include/linux/bug.h */
int __warn_on(int condition);
void __bug(void);
#define WARN_ON(condition)	__warn_on(!!(condition))
#define BUG()			__bug()
#define BUG_ON(condition)	do { if (condition) BUG(); } while (0)

/* include/linux/slab.h and include/linux/string.h */
void *kmalloc(size_t size, gfp_t flags);
void *kzalloc(size_t size, gfp_t flags);
void *kcalloc(size_t n, size_t size, gfp_t flags);
void kfree(const void *objp);
char *kstrdup(const char *s, gfp_t gfp);
char *kasprintf(gfp_t gfp, const char *fmt, ...);
void *memset(void *s, int c, size_t count);
void *memcpy(void *dest, const void *src, size_t count);
int memcmp(const void *cs, const void *ct, size_t count);
int strcmp(const char *cs, const char *ct);
size_t strlen(const char *s);
int snprintf(char *buf, size_t size, const char *fmt, ...);

/* include/linux/spinlock.h and include/linux/mutex.h: the lock state is the first word */
typedef struct spinlock {
	unsigned int slock;
} spinlock_t;

struct mutex {
	unsigned int count;
};

#define DEFINE_SPINLOCK(x)	spinlock_t x = { 0 }
void spin_lock_init(spinlock_t *lock);
void spin_lock(spinlock_t *lock);
void spin_unlock(spinlock_t *lock);
unsigned long _raw_spin_lock_irqsave(spinlock_t *lock);
void spin_unlock_irqrestore(spinlock_t *lock, unsigned long flags);
#define spin_lock_irqsave(lock, flags)				\
	do {							\
		flags = _raw_spin_lock_irqsave(lock);		\
	} while (0)
void mutex_init(struct mutex *lock);
void mutex_lock(struct mutex *lock);
void mutex_unlock(struct mutex *lock);

#endif /* SNIPPET_PRELUDE_H */
