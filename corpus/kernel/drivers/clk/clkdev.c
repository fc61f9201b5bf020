/*
 * Clock lookup for consumers. Device-tree consumers are resolved through
 * their "clocks" property; the model registers no clkdev lookup tables.
 */

#include <linux/clk.h>
#include <linux/clk-provider.h>
#include <linux/device.h>
#include <linux/err.h>
#include <linux/of.h>
#include <linux/export.h>

#include "clk.h"

static struct clk *__of_clk_get(struct device_node *np, int index,
			       const char *dev_id, const char *con_id)
{
	struct of_phandle_args clkspec;
	struct clk *clk;
	int rc;

	/* No "clocks" property: -ENOENT from the primitive. */
	rc = of_parse_phandle_with_args(np, "clocks", "#clock-cells", index,
					&clkspec);
	if (rc)
		return ERR_PTR(rc);

	clk = __of_clk_get_from_provider(&clkspec, dev_id, con_id);
	of_node_put(clkspec.np);

	return clk;
}

struct clk *of_clk_get(struct device_node *np, int index)
{
	return __of_clk_get(np, index, np->full_name, NULL);
}
EXPORT_SYMBOL(of_clk_get);

/*
 * The model's nodes carry no clock-names, so a named lookup only works
 * for the first clock, asked for without a name.
 */
static struct clk *__of_clk_get_by_name(struct device_node *np,
					const char *dev_id,
					const char *name)
{
	if (!np)
		return ERR_PTR(-ENOENT);
	if (name)
		return ERR_PTR(-ENOENT);

	return __of_clk_get(np, 0, dev_id, name);
}

struct clk *of_clk_get_by_name(struct device_node *np, const char *name)
{
	return __of_clk_get_by_name(np, np ? np->full_name : NULL, name);
}
EXPORT_SYMBOL(of_clk_get_by_name);

/* No lookup tables in the model: nothing to find. */
static struct clk *clk_get_sys(const char *dev_id, const char *con_id)
{
	return ERR_PTR(-ENOENT);
}

struct clk *clk_get(struct device *dev, const char *con_id)
{
	const char *dev_id = dev ? dev_name(dev) : NULL;
	struct clk *clk;

	if (dev && dev->of_node) {
		clk = __of_clk_get_by_name(dev->of_node, dev_id, con_id);
		if (!IS_ERR(clk) || PTR_ERR(clk) == -EPROBE_DEFER)
			return clk;
	}

	return clk_get_sys(dev_id, con_id);
}
EXPORT_SYMBOL(clk_get);

void clk_put(struct clk *clk)
{
	__clk_put(clk);
}
EXPORT_SYMBOL(clk_put);
