// Attribute macros where the grammar expects none, known by name or by position.
// expect: functions 3
// expect: has Attribute init
// expect: has Attribute iomem
// expect: has Attribute must_check
// expect: has Attribute initdata
// expect: has Attribute my_hot_path
// expect: has Attribute acquires
// expect: has Attribute printf
static void __iomem *base;
static int threshold __initdata = 3;
int __must_check claim(struct device *dev);
void report(const char *fmt, ...) __printf(1, 2);

static int __init setup(void)
{
	return threshold;
}

static __my_hot_path int fast(void)
{
	return 1;
}

static void locked(struct device *dev) __acquires(&dev->lock)
{
	lock(dev);
}
