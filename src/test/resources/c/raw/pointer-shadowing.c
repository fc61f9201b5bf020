// A pointer named like its type: after the type and its stars the name is a declarator's, and it shadows the type
// until its block ends (locals) or the function's body ends (parameters).
// expect: functions 3
// expect: has Var u8
// expect: has Ident u64
static void fill(void *buf, int n)
{
	u8 *u8 = buf;
	int i;

	for (i = 0; i < n; i++)
		u8[i] = i;
}

static u32 sum(const u32 *const u32, int n)
{
	unsigned int total = 0;

	while (n--)
		total += u32[n];
	return total;
}

static void wide(void *buf)
{
	{
		u64 *u64 = buf;

		*u64 = 0;
	}
	u64 later = 1;
	(void)later;
}
