/* static locals keep their value between calls and are initialised once; each function has its own. */
#include "prelude.h"

static int next_id(void)
{
	static int id = 100;
	return id++;
}

static int other(void)
{
	static int id;
	return ++id;
}

// expect: counts_between_calls() == 102
int counts_between_calls(void)
{
	next_id();
	next_id();
	return next_id();
}

// expect: separate_per_function() == 2100
int separate_per_function(void)
{
	other();
	return other() * 1000 + next_id();
}

/* A static local array and a static pointer to it. */
static const char *name_of(int i)
{
	static const char *const names[] = { "zero", "one", "two" };
	return names[i];
}

// expect: static_table() == 1
int static_table(void)
{
	return strcmp(name_of(2), "two") == 0;
}

/* The address of a static local stays valid after the function returns. */
static int *cell(void)
{
	static int value = 5;
	return &value;
}

// expect: address_outlives_call() == 6
int address_outlives_call(void)
{
	int *p = cell();
	(*p)++;
	return *cell();
}

/* Statics in two blocks of one function are different objects. */
// expect: block_statics() == 21
int block_statics(void)
{
	int r = 0;
	{
		static int n = 1;
		r += n++;
	}
	{
		static int n = 20;
		r += n++;
	}
	return r;
}
