#ifndef _LINUX_OF_H
#define _LINUX_OF_H

#include <linux/types.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/fwnode.h>
#include <linux/mod_devicetable.h>

typedef u32 phandle;

/*
 * The runner allocates one per node of the board and fills name,
 * full_name, phandle and parent. C reads properties through the
 * of_* primitives only.
 */
struct device_node {
	const char *name;
	phandle phandle;
	const char *full_name;
	struct fwnode_handle fwnode;

	struct	device_node *parent;
	void	*data;
};

#define MAX_PHANDLE_ARGS 16
struct of_phandle_args {
	struct device_node *np;
	int args_count;
	uint32_t args[MAX_PHANDLE_ARGS];
};

/* Nodes live as long as the run: no reference counting. */
static inline struct device_node *of_node_get(struct device_node *node)
{
	return node;
}

static inline void of_node_put(struct device_node *node)
{
}

static inline struct fwnode_handle *of_fwnode_handle(struct device_node *node)
{
	return node ? &node->fwnode : NULL;
}

/* Primitives. */
extern bool of_property_read_bool(const struct device_node *np,
				  const char *propname);
extern int of_property_read_u32(const struct device_node *np,
				const char *propname, u32 *out_value);
extern int of_property_read_string(const struct device_node *np,
				   const char *propname,
				   const char **out_string);
extern int of_device_is_compatible(const struct device_node *device,
				   const char *compat);
extern bool of_device_is_available(const struct device_node *device);
extern int of_parse_phandle_with_args(const struct device_node *np,
	const char *list_name, const char *cells_name, int index,
	struct of_phandle_args *out_args);
extern int of_count_phandle_with_args(const struct device_node *np,
	const char *list_name, const char *cells_name);

/* The node the @index-th phandle of @phandle_name points to, or NULL. */
static inline struct device_node *of_parse_phandle(const struct device_node *np,
	const char *phandle_name, int index)
{
	struct of_phandle_args args;

	if (of_parse_phandle_with_args(np, phandle_name, NULL, index, &args))
		return NULL;
	return args.np;
}
extern struct device_node *of_find_compatible_node(struct device_node *from,
	const char *type, const char *compat);

#define of_match_ptr(_ptr)	(_ptr)

/* drivers/of/base.c */
extern const struct of_device_id *of_match_node(
	const struct of_device_id *matches, const struct device_node *node);

#endif /* _LINUX_OF_H */
