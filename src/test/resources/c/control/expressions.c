/* Statement expressions, the comma operator, ?: and GNU's x ?: y, and short-circuit evaluation. */
#include "prelude.h"

static int calls;

static int count(int v)
{
	calls++;
	return v;
}

// expect: statement_expression() == 12
int statement_expression(void)
{
	int x = ({ int a = 3; int b = 4; a * b; });
	return x;
}

/* The last expression statement is the value; locals inside shadow outer ones. */
// expect: statement_expression_scope() == 15
int statement_expression_scope(void)
{
	int a = 10;
	int b = ({ int a = 5; a; }) + a;
	return b;
}

// expect: statement_expression_in_macro() == 8
#define max_of(x, y) ({ int _x = (x), _y = (y); _x > _y ? _x : _y; })
int statement_expression_in_macro(void)
{
	return max_of(3, 8);
}

/* A statement expression with a loop inside. */
// expect: statement_expression_loop() == 10
int statement_expression_loop(void)
{
	return ({ int i, s = 0; for (i = 0; i < 5; i++) s += i; s; });
}

// expect: comma_operator() == 3
int comma_operator(void)
{
	int a = 1, b;
	b = (a++, a++, a);
	return b;
}

// expect: comma_evaluates_all() == 32
int comma_evaluates_all(void)
{
	int r;
	calls = 0;
	r = (count(1), count(2), count(3));
	return calls * 10 + r - 1;
}

// expect: conditional(1) == 10
// expect: conditional(0) == 20
int conditional(int c)
{
	return c ? 10 : 20;
}

/* Only the chosen arm is evaluated. */
// expect: conditional_evaluates_one_arm() == 1
int conditional_evaluates_one_arm(void)
{
	calls = 0;
	return (1 ? count(5) : count(6)) == 5 ? calls : -1;
}

// expect: nested_conditional(-5) == -1
// expect: nested_conditional(0) == 0
// expect: nested_conditional(7) == 1
int nested_conditional(int v)
{
	return v < 0 ? -1 : v == 0 ? 0 : 1;
}

/* GNU x ?: y is x when x is non-zero, and evaluates x once. */
// expect: gnu_elvis() == 71
int gnu_elvis(void)
{
	int r;
	calls = 0;
	r = count(7) ?: 9;
	return r * 10 + calls;
}

// expect: gnu_elvis_zero() == 9
int gnu_elvis_zero(void)
{
	int zero = 0;
	return zero ?: 9;
}

/* A conditional as an lvalue-free pointer choice. */
// expect: conditional_pointers() == 2
int conditional_pointers(void)
{
	int a = 1, b = 2;
	int *p = a > b ? &a : &b;
	return *p;
}

// expect: short_circuit_and() == 0
int short_circuit_and(void)
{
	calls = 0;
	if (count(0) && count(1))
		return -1;
	return calls - 1;
}

// expect: short_circuit_or() == 1
int short_circuit_or(void)
{
	calls = 0;
	if (count(1) || count(1))
		return calls;
	return -1;
}

/* A NULL check guarding a dereference, the way the kernel writes it. */
struct obj {
	int v;
};

// expect: guarded_dereference() == 0
int guarded_dereference(void)
{
	struct obj *o = NULL;
	return o && o->v;
}

/* Logical operators yield 0 or 1. */
// expect: logical_values() == 1011
int logical_values(void)
{
	return (5 && 7) * 1000 + (0 || 0) * 100 + (0 || 9) * 10 + !0;
}
