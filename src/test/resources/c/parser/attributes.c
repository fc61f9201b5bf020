/* GNU attributes and kernel annotations stand wherever a specifier may, and do not change what the code does. */
#include "prelude.h"

#define __must_check __attribute__((warn_unused_result))

static int __attribute__((unused)) unused_helper(void)
{
	return 1;
}

static inline __attribute__((always_inline)) int inlined(int x)
{
	return x + 1;
}

static int __init init_helper(void)
{
	return 10;
}

static int __must_check checked(void)
{
	return 100;
}

static __maybe_unused int maybe(void)
{
	return 1000;
}

int __read_mostly mostly = 4;
static const char banner[] __initdata = "hi";
int __attribute__((section(".data.snippet"), aligned(8))) placed = 2;

// expect: annotated_functions() == 1115
int annotated_functions(void)
{
	return inlined(0) + init_helper() + checked() + maybe() + mostly;
}

// expect: attribute_on_declarator() == 4
int attribute_on_declarator(void)
{
	int x __attribute__((unused)) = 2;
	int __maybe_unused y = 2;
	return x + y + (int)sizeof(banner) - 3 + placed - 2;
}

/* Pointer annotations (__iomem, __user, __rcu, __force) vanish. */
// expect: pointer_annotations() == 7
int pointer_annotations(void)
{
	int v = 7;
	int __iomem *io = (int __force __iomem *)&v;
	int __rcu *r = (int __rcu *)io;
	return *(int __force *)r;
}
