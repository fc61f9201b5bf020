/*
 * Use after free is reported, naming the object and where it was freed, and execution goes on (as KASAN
 * reports and the kernel carries on).
 */
#include "prelude.h"

struct session {
	int id;
	int refs;
};

static void put(struct session *s)
{
	kfree(s);
}

// expect-report: read_after_free() USE_AFTER_FREE at +6 in read_after_free "read of 4 byte(s)" "freed by put at {file}:14"
int read_after_free(void)
{
	struct session *s = kzalloc(sizeof(*s), GFP_KERNEL);
	s->id = 3;
	put(s);
	return s->id;
}

// expect-report: write_after_free() USE_AFTER_FREE at +6 "write of 4 byte(s) at &session#1.refs"
int write_after_free(void)
{
	struct session *s = kzalloc(sizeof(*s), GFP_KERNEL);
	s->id = 1;
	kfree(s);
	s->refs = 2;
	return 0;
}

/* Through a second pointer to the same object. */
// expect-report: stale_alias() USE_AFTER_FREE in stale_alias "freed by stale_alias"
int stale_alias(void)
{
	struct session *s = kzalloc(sizeof(*s), GFP_KERNEL);
	struct session *alias = s;
	kfree(s);
	return alias->id;
}

/* memcpy from a freed buffer. */
// expect-report: primitive_reads_freed() USE_AFTER_FREE
int primitive_reads_freed(void)
{
	char *buf = kzalloc(8, GFP_KERNEL);
	char copy[8];
	kfree(buf);
	memcpy(copy, buf, 8);
	return 0;
}
