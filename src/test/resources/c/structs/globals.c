/* Global structs: initialisers with addresses of other globals, strings and functions, and state across calls. */
#include "prelude.h"

struct node {
	const char *name;
	struct node *parent;
	int (*get)(void);
	int value;
};

static int seven(void)
{
	return 7;
}

struct node root = { "root", NULL, seven, 1 };
struct node child = { .name = "child", .parent = &root, .value = 2 };
struct node *nodes[] = { &root, &child };
int counter;

// expect: pointer_to_global() == 1
int pointer_to_global(void)
{
	return child.parent == &root && strcmp(child.parent->name, "root") == 0;
}

// expect: function_in_initialiser() == 7
int function_in_initialiser(void)
{
	return nodes[0]->get();
}

// expect: uninitialised_global_is_zero() == 0
int uninitialised_global_is_zero(void)
{
	return counter + (child.get != NULL);
}

/* Globals keep their values between calls within one run. */
static void touch(void)
{
	counter++;
	child.value *= 10;
}

// expect: state_between_calls() == 3200
int state_between_calls(void)
{
	touch();
	touch();
	touch();
	return counter * 1000 + child.value / 10;
}

/* Each expectation runs on a fresh machine: the effects of state_between_calls are not seen here. */
// expect: fresh_run() == 2
int fresh_run(void)
{
	return counter + child.value;
}

/* Address arithmetic in a global initialiser. */
int arr[4] = { 1, 2, 3, 4 };
int *third = arr + 2;
char *name_tail = "abcdef" + 3;

// expect: address_arithmetic_initialisers() == 1
int address_arithmetic_initialisers(void)
{
	return *third == 3 && strcmp(name_tail, "def") == 0;
}
