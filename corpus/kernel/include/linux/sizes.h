#ifndef __LINUX_SIZES_H__
#define __LINUX_SIZES_H__

#define SZ_1				0x00000001
#define SZ_4				0x00000004
#define SZ_256				0x00000100
#define SZ_512				0x00000200
#define SZ_1K				0x00000400
#define SZ_4K				0x00001000
#define SZ_16K				0x00004000
#define SZ_64K				0x00010000
#define SZ_1M				0x00100000
#define SZ_16M				0x01000000
#define SZ_256M				0x10000000
#define SZ_1G				0x40000000
#define SZ_2G				0x80000000

#endif /* __LINUX_SIZES_H__ */
