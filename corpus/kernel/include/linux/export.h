#ifndef _LINUX_EXPORT_H
#define _LINUX_EXPORT_H

/* No modules, no symbol table: exports leave an empty declaration. */
#define EXPORT_SYMBOL(sym)
#define EXPORT_SYMBOL_GPL(sym)

#endif /* _LINUX_EXPORT_H */
