// Macro calls standing alone at file scope, and macros that declare.
// expect: functions 1
// expect: has MacroCall EXPORT_SYMBOL
// expect: has MacroCall EXPORT_SYMBOL_GPL
// expect: has MacroCall MODULE_LICENSE
// expect: has MacroCall DEFINE_SPINLOCK
// expect: has MacroCall DEFINE_PER_CPU
// expect: has MacroCall DECLARE_VM_GET_PAGE_PROT
// expect: has MacroCall module_platform_driver
static DEFINE_SPINLOCK(table_lock);
static DEFINE_PER_CPU(u64, counter);

int lookup(int key)
{
	return key;
}
EXPORT_SYMBOL(lookup);
EXPORT_SYMBOL_GPL(table_lock);

DECLARE_VM_GET_PAGE_PROT

static struct platform_driver drv = {
	.probe = probe,
};
module_platform_driver(drv);
MODULE_LICENSE("GPL v2");
