/*
 * The bundled kernel's kref and refcount_t, as the model ships them: the last put releases, a get on a count
 * that reached zero and a put past zero warn like the kernel's refcount_t and leave the count alone.
 */
#include <linux/kref.h>
#include <linux/slab.h>

struct obj {
	int payload;
	struct kref ref;
};

static int released;

static void obj_release(struct kref *ref)
{
	released++;
}

// expect: last_put_releases() == 1
int last_put_releases(void)
{
	struct obj o;

	released = 0;
	kref_init(&o.ref);
	kref_get(&o.ref);
	kref_put(&o.ref, obj_release);
	if (released)
		return -1;
	return kref_put(&o.ref, obj_release) + released - 1;
}

// expect-warn: put_past_zero() in refcount_dec_and_test "refcount_t: underflow; use-after-free."
int put_past_zero(void)
{
	struct obj o;

	released = 0;
	kref_init(&o.ref);
	kref_put(&o.ref, obj_release);
	return kref_put(&o.ref, obj_release);
}

/* The second put neither releases again nor wraps the count. */
// expect: count_stays_zero() == 0x10
int count_stays_zero(void)
{
	struct obj o;

	released = 0;
	kref_init(&o.ref);
	kref_put(&o.ref, obj_release);
	kref_put(&o.ref, obj_release);
	return (released << 4) | kref_read(&o.ref);
}

// expect-warn: get_on_zero() in refcount_inc stack "__warn_printf refcount_inc kref_get get_on_zero" "increment on 0"
int get_on_zero(void)
{
	struct obj o;

	kref_init(&o.ref);
	kref_put(&o.ref, obj_release);
	kref_get(&o.ref);
	return kref_read(&o.ref);
}

// expect: get_on_zero_keeps_count() == 0
unsigned int get_on_zero_keeps_count(void)
{
	struct obj o;

	kref_init(&o.ref);
	kref_put(&o.ref, obj_release);
	kref_get(&o.ref);
	return kref_read(&o.ref);
}

/* A saturated count is never released: the object leaks rather than being freed under a user. */
// expect: saturated_never_releases() == 0
int saturated_never_releases(void)
{
	struct obj o;

	released = 0;
	refcount_set(&o.ref.refcount, REFCOUNT_SATURATED);
	kref_get(&o.ref);
	kref_put(&o.ref, obj_release);
	return released + (kref_read(&o.ref) != REFCOUNT_SATURATED);
}

/* The message is the warning's text (the kernel prints it before the WARNING line). */
// expect-warn: warn_with_message() "device 3 gone"
int warn_with_message(void)
{
	return WARN(1, "device %d gone\n", 3);
}
