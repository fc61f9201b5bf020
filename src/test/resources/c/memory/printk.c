/* printk: conversions, widths and padding, and log levels from the KERN_ prefix (default 4). */
#include "prelude.h"

// expect-log: integers() "d=-5 u=4294967291 x=fffffffb X=FF i=7"
int integers(void)
{
	int n = -5;
	printk("d=%d u=%u x=%x X=%X i=%i\n", n, n, n, 255, 7);
	return 0;
}

// expect-log: long_long() "lld=-8589934592 llu=18446744073709551615 llx=123456789"
int long_long(void)
{
	s64 v = -8589934592ll;
	u64 all = -1;
	printk("lld=%lld llu=%llu llx=%llx\n", v, all, 0x123456789ull);
	return 0;
}

// expect-log: widths() "[   42] [42   ] [00042] [-0042] [  abc] [abc  ]"
int widths(void)
{
	printk("[%5d] [%-5d] [%05d] [%05d] [%5s] [%-5s]\n", 42, 42, 42, -42, "abc", "abc");
	return 0;
}

// expect-log: hex_forms() "0x1f 0000001f 1F"
int hex_forms(void)
{
	printk("%#x %08x %X\n", 31, 31, 31);
	return 0;
}

// expect-log: strings_and_chars() "s=model c=Z null=(null) pct=%"
int strings_and_chars(void)
{
	const char *none = NULL;
	printk("s=%s c=%c null=%s pct=%%\n", "model", 'Z', none);
	return 0;
}

// expect-log: precision() "abc|"
int precision(void)
{
	printk("%.3s|\n", "abcdef");
	return 0;
}

/* %p names the object a pointer points to, so logs compare across runs. */
struct widget {
	int id;
};
int global_counter;

// expect-log: pointers() "null=(null) global=global_counter heap=widget#1 err=ERR_PTR(-12)"
int pointers(void)
{
	struct widget *w = kzalloc(sizeof(*w), GFP_KERNEL);
	printk("null=%p global=%p heap=%p err=%p\n", NULL, &global_counter, w, ERR_PTR(-ENOMEM));
	kfree(w);
	return 0;
}

// expect-log: levels() "error line" level 3
// expect-log: levels() "info line" level 6
// expect-log: levels() "no level" level 4
// expect-log: levels() "emergency" level 0
// expect-log: levels() "debug" level 7
int levels(void)
{
	printk(KERN_ERR "error line\n");
	pr_info("info line\n");
	printk("no level\n");
	printk(KERN_EMERG "emergency\n");
	printk(KERN_DEBUG "debug\n");
	return 0;
}

/* A printk without a newline, and arguments promoted through the variadic call. */
// expect-log: promoted_arguments() "255 -1 65535"
int promoted_arguments(void)
{
	u8 b = 255;
	s8 m = -1;
	u16 h = 65535;
	printk("%d %d %d", b, m, h);
	return 0;
}
