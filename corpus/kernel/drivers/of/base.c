/*
 * Device tree helpers written in C; property access itself is done by
 * the of_* primitives.
 */
#include <linux/of.h>
#include <linux/string.h>
#include <linux/export.h>

/* An entry of a match table is its terminator when every key is empty. */
static bool of_match_entry_is_end(const struct of_device_id *m)
{
	return !m->name[0] && !m->type[0] && !m->compatible[0];
}

/*
 * First entry of @matches whose compatible the node claims. (The kernel
 * ranks entries by which of the node's compatibles they hit; the boards
 * of the model never need that.)
 */
const struct of_device_id *of_match_node(const struct of_device_id *matches,
					 const struct device_node *node)
{
	if (!matches || !node)
		return NULL;

	for (; !of_match_entry_is_end(matches); matches++) {
		if (matches->compatible[0] &&
		    of_device_is_compatible(node, matches->compatible) > 0)
			return matches;
	}
	return NULL;
}
EXPORT_SYMBOL(of_match_node);
