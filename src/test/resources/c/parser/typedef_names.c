/*
 * Typedef names are retyped before parsing; the kernel also uses a typedef's name as an ordinary identifier in the
 * same scope (struct device_node has "phandle phandle;"). Shadowing by parameters and locals is in
 * known-bugs/typedef_name_shadowed.c.
 */
#include "prelude.h"

typedef u32 phandle;

struct device_node {
	const char *name;
	phandle phandle;
	struct device_node *parent;
};

// expect: member_named_like_its_type() == 0x2a
int member_named_like_its_type(void)
{
	struct device_node np = { .name = "np", .phandle = 0x2a };
	return np.phandle;
}

// expect: sizeof_member_named_like_its_type() == 12
int sizeof_member_named_like_its_type(void)
{
	return sizeof(struct device_node);
}

/* A typedef for a struct, a pointer and an array. */
typedef struct device_node node_t, *node_ptr;
typedef int triple[3];

// expect: typedef_kinds() == 3114
int typedef_kinds(void)
{
	node_t n = { .phandle = 4 };
	node_ptr p = &n;
	triple t = { 1, 1, 1 };
	return sizeof(triple) / sizeof(int) * 1000 + t[0] * 100 + sizeof(node_ptr) / 4 * 10 + p->phandle;
}

/* Typedefs of typedefs keep the underlying integer type. */
typedef phandle handle_t;
typedef handle_t handle2_t;
// expect: typedef_chain() == 0xffffffff
handle2_t typedef_chain(void)
{
	handle2_t h = -1;
	return h;
}
