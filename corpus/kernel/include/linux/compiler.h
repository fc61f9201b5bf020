#ifndef __LINUX_COMPILER_H
#define __LINUX_COMPILER_H

/*
 * Annotations. The model's grammar knows them too; here they mostly vanish
 * so that GCC can check the same text.
 */
#define __iomem
#define __user
#define __rcu
#define __force
#define __bitwise
#define __must_check
#define __init
#define __exit
#define __initdata
#define __initconst
#define __read_mostly
#define __maybe_unused		__attribute__((__unused__))
#define __always_inline		inline __attribute__((__always_inline__))
#define __packed		__attribute__((__packed__))
#define __used			__attribute__((__used__))
#define __weak			__attribute__((__weak__))
#define __cold			__attribute__((__cold__))
#define __noreturn		__attribute__((__noreturn__))
#define __aligned(x)		__attribute__((__aligned__(x)))
#define __printf(a, b)		__attribute__((__format__(printf, a, b)))

/* No branch hints in an interpreter. */
#define likely(x)		(!!(x))
#define unlikely(x)		(!!(x))

#define READ_ONCE(x)		(x)
#define WRITE_ONCE(x, val)	((x) = (val))

#endif /* __LINUX_COMPILER_H */
