/* Double free, kfree of an interior pointer, of a global, of a stack object, and of an ERR_PTR. */
#include "prelude.h"

struct buf {
	int len;
	char data[16];
};

// expect-report: double_free() DOUBLE_FREE at +5 "already freed by double_free at {file}:13"
int double_free(void)
{
	struct buf *b = kzalloc(sizeof(*b), GFP_KERNEL);
	kfree(b);
	kfree(b);
	return 0;
}

// expect-report: interior_pointer() INVALID_FREE at +4 "not the start of an allocation"
int interior_pointer(void)
{
	struct buf *b = kzalloc(sizeof(*b), GFP_KERNEL);
	kfree(b->data);
	kfree(b);
	return 0;
}

static int global_object;

// expect-report: free_global() INVALID_FREE "global_object"
int free_global(void)
{
	kfree(&global_object);
	return 0;
}

// expect-report: free_stack() INVALID_FREE "stack"
int free_stack(void)
{
	int local;
	kfree(&local);
	return 0;
}

// expect-report: free_err_ptr() INVALID_FREE "ERR_PTR(-12)"
int free_err_ptr(void)
{
	kfree(ERR_PTR(-ENOMEM));
	return 0;
}

