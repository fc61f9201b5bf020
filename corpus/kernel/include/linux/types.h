#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

#include <linux/compiler.h>

/* 32-bit ARM EABI: int, long and pointers are 32 bits wide. */
typedef unsigned char		u8;
typedef signed char		s8;
typedef unsigned short		u16;
typedef signed short		s16;
typedef unsigned int		u32;
typedef signed int		s32;
typedef unsigned long long	u64;
typedef signed long long	s64;

typedef u8			__u8;
typedef u16			__u16;
typedef u32			__u32;
typedef u64			__u64;
typedef u32			__be32;

typedef u8			uint8_t;
typedef u16			uint16_t;
typedef u32			uint32_t;
typedef u64			uint64_t;
typedef s32			int32_t;
typedef unsigned long		uintptr_t;

typedef _Bool			bool;

typedef unsigned int		size_t;
typedef int			ssize_t;

/* No LPAE: physical and bus addresses are 32 bits. */
typedef u32			phys_addr_t;
typedef u32			dma_addr_t;
typedef phys_addr_t		resource_size_t;

typedef unsigned int		gfp_t;

typedef struct {
	int counter;
} atomic_t;

struct list_head {
	struct list_head *next, *prev;
};

#include <linux/stddef.h>

#endif /* _LINUX_TYPES_H */
