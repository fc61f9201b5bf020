/* goto forwards (the kernel's error unwinding) and backwards (retry loops), and labels in nested blocks. */
#include "prelude.h"

static int steps;

static int step(int fail_at, int n)
{
	steps = steps * 10 + n;
	return n == fail_at ? -EINVAL : 0;
}

/* Unwinding: each failure undoes what was done before it, in reverse. */
// expect: unwind(0) == 123
// expect: unwind(1) == 1
// expect: unwind(2) == 129
// expect: unwind(3) == 12389
int unwind(int fail_at)
{
	int ret;
	steps = 0;
	ret = step(fail_at, 1);
	if (ret)
		goto out;
	ret = step(fail_at, 2);
	if (ret)
		goto undo_1;
	ret = step(fail_at, 3);
	if (ret)
		goto undo_2;
	return steps;

undo_2:
	step(fail_at, 8);
undo_1:
	step(fail_at, 9);
out:
	return steps;
}

// expect: retry() == 4
int retry(void)
{
	int tries = 0;
again:
	tries++;
	if (tries < 4)
		goto again;
	return tries;
}

/* A jump out of nested loops. */
// expect: out_of_nested_loops() == 32
int out_of_nested_loops(void)
{
	int i, j;
	for (i = 0; i < 10; i++) {
		for (j = 0; j < 10; j++) {
			if (i * j == 6 && i > j)
				goto found;
		}
	}
	return -1;
found:
	return i * 10 + j;
}

/* A backward jump into an enclosing block's earlier statement. */
// expect: backward_from_inner_block() == 3
int backward_from_inner_block(void)
{
	int n = 0;
top:
	n++;
	{
		if (n < 3)
			goto top;
	}
	return n;
}

/* A forward jump past declarations to a label inside the same block. */
// expect: skip_statements() == 1
int skip_statements(void)
{
	int r = 1;
	goto done;
	r = 2;
	r = 3;
done:
	return r;
}
