/*
 * Reads of kmalloc'ed bytes that nothing wrote (KMSAN's rule): kzalloc, kcalloc and __GFP_ZERO give every byte a
 * value; kmalloc gives none until a store, memset or memcpy does. Copies carry the state along, so a struct
 * assignment of a half-written object is silent and the later read of the unwritten member is the one reported.
 */
#include "prelude.h"

#define __GFP_ZERO 0x8000u

struct pair {
	int set;
	int unset;
};

// expect-report: read_unset_member() UNINITIALIZED_READ at +6 in read_unset_member "kmalloc (not kzalloc)"
int read_unset_member(void)
{
	struct pair *p = kmalloc(sizeof(*p), GFP_KERNEL);
	int r;
	p->set = 1;
	r = p->unset;
	kfree(p);
	return r;
}

// expect: read_written_member() == 7
int read_written_member(void)
{
	struct pair *p = kmalloc(sizeof(*p), GFP_KERNEL);
	int r;
	p->set = 7;
	r = p->set;
	kfree(p);
	return r;
}

// expect: gfp_zero_flag() == 0
int gfp_zero_flag(void)
{
	struct pair *p = kmalloc(sizeof(*p), GFP_KERNEL | __GFP_ZERO);
	int r = p->unset;
	kfree(p);
	return r;
}

// expect: memset_initialises() == 0
int memset_initialises(void)
{
	struct pair *p = kmalloc(sizeof(*p), GFP_KERNEL);
	int r;
	memset(p, 0, sizeof(*p));
	r = p->unset;
	kfree(p);
	return r;
}

/* One uninitialised byte in a word is enough. */
// expect-report: partly_written_word() UNINITIALIZED_READ at +6 "read of 4 byte(s)"
int partly_written_word(void)
{
	u8 *b = kmalloc(4, GFP_KERNEL);
	int r;
	b[0] = b[1] = b[2] = 1;
	r = *(int *)b;
	kfree(b);
	return r;
}

/* A struct copy moves the shadow: silent at the copy, reported where the copied garbage is read. */
// expect-report: copy_then_read() UNINITIALIZED_READ at +9 in copy_then_read
int copy_then_read(void)
{
	struct pair *a = kmalloc(sizeof(*a), GFP_KERNEL);
	struct pair *b = kmalloc(sizeof(*b), GFP_KERNEL);
	int r;
	a->set = 2;
	*b = *a;
	r = b->set;
	r += b->unset;
	kfree(a);
	kfree(b);
	return r;
}

// expect: copy_of_written_bytes() == 5
int copy_of_written_bytes(void)
{
	struct pair *a = kmalloc(sizeof(*a), GFP_KERNEL);
	struct pair *b = kmalloc(sizeof(*b), GFP_KERNEL);
	int r;
	a->set = 2;
	a->unset = 3;
	memcpy(b, a, sizeof(*a));
	r = b->set + b->unset;
	kfree(a);
	kfree(b);
	return r;
}

/* The report is not fatal: the run goes on with whatever the bytes held. */
// expect-report: run_goes_on() UNINITIALIZED_READ "which nothing wrote"
int run_goes_on(void)
{
	int *v = kmalloc(sizeof(*v), GFP_KERNEL);
	int r = *v;
	kfree(v);
	return r + 1;
}
