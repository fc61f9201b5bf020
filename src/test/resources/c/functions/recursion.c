/* Recursion, mutual recursion through a prototype, and a recursive walk over a heap tree. */
#include "prelude.h"

// expect: factorial(10) == 3628800
int factorial(int n)
{
	return n <= 1 ? 1 : n * factorial(n - 1);
}

// expect: fibonacci(15) == 610
int fibonacci(int n)
{
	if (n < 2)
		return n;
	return fibonacci(n - 1) + fibonacci(n - 2);
}

static int is_odd(int n);

static int is_even(int n)
{
	return n == 0 ? 1 : is_odd(n - 1);
}

static int is_odd(int n)
{
	return n == 0 ? 0 : is_even(n - 1);
}

// expect: mutual(10) == 1
// expect: mutual(7) == 0
int mutual(int n)
{
	return is_even(n);
}

struct tree {
	int value;
	struct tree *left, *right;
};

static struct tree *build(int depth, int *next)
{
	struct tree *t;
	if (depth == 0)
		return NULL;
	t = kzalloc(sizeof(*t), GFP_KERNEL);
	t->value = (*next)++;
	t->left = build(depth - 1, next);
	t->right = build(depth - 1, next);
	return t;
}

static int sum(const struct tree *t)
{
	return t ? t->value + sum(t->left) + sum(t->right) : 0;
}

static void destroy(struct tree *t)
{
	if (!t)
		return;
	destroy(t->left);
	destroy(t->right);
	kfree(t);
}

/* 15 nodes numbered 1..15. */
// expect: tree_walk() == 120
int tree_walk(void)
{
	int next = 1;
	struct tree *t = build(4, &next);
	int s = sum(t);
	destroy(t);
	return s;
}

/* Each activation has its own locals. */
static int depth_sum(int n)
{
	int mine = n;
	if (n > 0)
		depth_sum(n - 1);
	return mine;
}

// expect: locals_per_activation() == 5
int locals_per_activation(void)
{
	return depth_sum(5);
}
