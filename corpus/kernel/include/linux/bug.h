#ifndef _LINUX_BUG_H
#define _LINUX_BUG_H

#include <linux/compiler.h>

/*
 * Primitives: __warn_on() logs a warning with the C location and call
 * stack when its argument is true and returns it; __warn_printf() does
 * the same with WARN()'s message as the warning's text; __bug() is a fault.
 */
int __warn_on(int condition);
int __warn_printf(int condition, const char *fmt, ...);
void __bug(void) __noreturn;

#define WARN_ON(condition)	__warn_on(!!(condition))
#define WARN_ON_ONCE(condition)	WARN_ON(condition)
#define WARN(condition, fmt, ...) \
	__warn_printf(!!(condition), fmt, ##__VA_ARGS__)
#define WARN_ONCE(condition, fmt, ...) \
	WARN(condition, fmt, ##__VA_ARGS__)

#define BUG()			__bug()
#define BUG_ON(condition)	do { if (condition) BUG(); } while (0)

#endif /* _LINUX_BUG_H */
