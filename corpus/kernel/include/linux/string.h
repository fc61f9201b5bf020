#ifndef _LINUX_STRING_H_
#define _LINUX_STRING_H_

#include <linux/types.h>

/* Primitives. */
void *memset(void *s, int c, size_t count);
void *memcpy(void *dest, const void *src, size_t count);
int memcmp(const void *cs, const void *ct, size_t count);
int strcmp(const char *cs, const char *ct);
size_t strlen(const char *s);
__printf(3, 4) int snprintf(char *buf, size_t size, const char *fmt, ...);

#endif /* _LINUX_STRING_H_ */
