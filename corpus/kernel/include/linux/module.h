#ifndef _LINUX_MODULE_H
#define _LINUX_MODULE_H

#include <linux/init.h>
#include <linux/export.h>

struct module;

#define THIS_MODULE ((struct module *)0)

/* Everything in the model is built in. */
#define module_init(x)	__initcall(x);
#define module_exit(x)	__exitcall(x);

#define MODULE_DEVICE_TABLE(type, name)
#define MODULE_LICENSE(license)
#define MODULE_AUTHOR(author)
#define MODULE_DESCRIPTION(desc)
#define MODULE_ALIAS(alias)

#endif /* _LINUX_MODULE_H */
