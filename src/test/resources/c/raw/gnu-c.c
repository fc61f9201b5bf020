// GNU C the kernel leans on.
// expect: functions 3
// expect: has StatementExpr
// expect: has TypeOfExpr
// expect: has Asm
// expect: has Case
// expect: has TypeArg
// expect: has MacroString
// expect: has Offsetof
// expect: has Attribute packed
struct hdr {
	u8 kind;
	u32 len;
} __attribute__((packed));

static int table[8] = { [0 ... 3] = 1, [4 ... 7] = 2 };

static int classify(int v)
{
	int r = ({ int _t = v * 2; _t + 1; });
	typeof(r) copy = r;

	switch (v) {
	case 0 ... 9:
		copy++;
		__attribute__((__fallthrough__));
	case 10:
		break;
	default:
		copy = min_t(u32, copy, __alignof__(copy));
	}
	asm volatile("dsb sy" : : : "memory");
	return copy + __builtin_offsetof(struct hdr, len);
}

static struct hdr *outer(struct list_head *node)
{
	printk(KERN_ERR "bad header %d\n", 1);
	return container_of(node, struct hdr, len);
}

static int jump(int x)
{
	asm goto("b %l0" : : : : out);
	return x;
out: __attribute__((unused))
	return 0;
}
