// Typedef names known only from how they are used: no declaration of them is in the file.
// expect: functions 2
// expect: has Named foo_t
// expect: has Named bar_t
// expect: has Named baz_t
// expect: has Named dma_addr_t
// expect: has Named my_pte
// expect: has Ident size
typedef u64 my_pte;

static baz_t convert(foo_t *in, int n, dma_addr_t addr)
{
	foo_t *p = in;
	my_pte pte = 0;
	baz_t out;

	out = (bar_t)p->raw + (baz_t)addr;
	memset(p, 0, n * size);
	return out + pte;
}

static void *grab(void)
{
	return (foo_t *)0;
}
