/*
 * The common clock framework, reduced to what probing needs: clocks with
 * prepare/enable counts, and the registry of device-tree clock providers
 * that consumers are resolved against.
 */

#include <linux/clk.h>
#include <linux/clk-provider.h>
#include <linux/err.h>
#include <linux/list.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/mutex.h>
#include <linux/spinlock.h>
#include <linux/of.h>
#include <linux/device.h>
#include <linux/kref.h>
#include <linux/export.h>

#include "clk.h"

static DEFINE_SPINLOCK(enable_lock);
static DEFINE_MUTEX(prepare_lock);

/* The framework's side of a clock; consumers hold struct clk handles. */
struct clk_core {
	const char		*name;
	const struct clk_ops	*ops;
	struct clk_hw		*hw;
	unsigned long		rate;
	unsigned int		enable_count;
	unsigned int		prepare_count;
	struct kref		ref;
};

/* One consumer's handle. */
struct clk {
	struct clk_core	*core;
	const char *dev_id;
	const char *con_id;
};

/***        prepare/enable        ***/

int clk_prepare(struct clk *clk)
{
	struct clk_core *core;
	int ret = 0;

	if (!clk)
		return 0;

	core = clk->core;
	mutex_lock(&prepare_lock);
	if (core->prepare_count == 0 && core->ops->prepare)
		ret = core->ops->prepare(core->hw);
	if (!ret)
		core->prepare_count++;
	mutex_unlock(&prepare_lock);

	return ret;
}
EXPORT_SYMBOL_GPL(clk_prepare);

void clk_unprepare(struct clk *clk)
{
	struct clk_core *core;

	if (IS_ERR_OR_NULL(clk))
		return;

	core = clk->core;
	mutex_lock(&prepare_lock);
	if (!WARN_ON(core->prepare_count == 0)) {
		core->prepare_count--;
		if (core->prepare_count == 0 && core->ops->unprepare)
			core->ops->unprepare(core->hw);
	}
	mutex_unlock(&prepare_lock);
}
EXPORT_SYMBOL_GPL(clk_unprepare);

/* Only a prepared clock may be enabled. */
int clk_enable(struct clk *clk)
{
	struct clk_core *core;
	unsigned long flags;
	int ret = 0;

	if (!clk)
		return 0;

	core = clk->core;
	spin_lock_irqsave(&enable_lock, flags);
	if (WARN_ON(core->prepare_count == 0))
		ret = -ESHUTDOWN;
	else if (core->enable_count == 0 && core->ops->enable)
		ret = core->ops->enable(core->hw);
	if (!ret)
		core->enable_count++;
	spin_unlock_irqrestore(&enable_lock, flags);

	return ret;
}
EXPORT_SYMBOL_GPL(clk_enable);

void clk_disable(struct clk *clk)
{
	struct clk_core *core;
	unsigned long flags;

	if (IS_ERR_OR_NULL(clk))
		return;

	core = clk->core;
	spin_lock_irqsave(&enable_lock, flags);
	if (!WARN_ON(core->enable_count == 0)) {
		core->enable_count--;
		if (core->enable_count == 0 && core->ops->disable)
			core->ops->disable(core->hw);
	}
	spin_unlock_irqrestore(&enable_lock, flags);
}
EXPORT_SYMBOL_GPL(clk_disable);

unsigned long clk_get_rate(struct clk *clk)
{
	if (!clk)
		return 0;
	return clk->core->rate;
}
EXPORT_SYMBOL_GPL(clk_get_rate);

/***        registration        ***/

struct clk_hw *__clk_get_hw(struct clk *clk)
{
	return !clk ? NULL : clk->core->hw;
}
EXPORT_SYMBOL_GPL(__clk_get_hw);

static void __clk_release(struct kref *ref)
{
	struct clk_core *core = container_of(ref, struct clk_core, ref);

	kfree(core->name);
	kfree(core);
}

/* A new consumer handle on @hw's clock; holds a reference on the core. */
struct clk *__clk_create_clk(struct clk_hw *hw, const char *dev_id,
			     const char *con_id)
{
	struct clk *clk;

	if (IS_ERR_OR_NULL(hw))
		return ERR_CAST(hw);

	clk = kzalloc(sizeof(*clk), GFP_KERNEL);
	if (!clk)
		return ERR_PTR(-ENOMEM);

	clk->core = hw->core;
	clk->dev_id = dev_id;
	clk->con_id = con_id;
	kref_get(&hw->core->ref);

	return clk;
}

void __clk_free_clk(struct clk *clk)
{
	struct clk_core *core = clk->core;

	kfree(clk);
	kref_put(&core->ref, __clk_release);
}

/* Register the clock described by @hw->init; returns the provider's handle. */
struct clk *clk_register(struct device *dev, struct clk_hw *hw)
{
	struct clk_core *core;
	struct clk *clk;

	core = kzalloc(sizeof(*core), GFP_KERNEL);
	if (!core)
		return ERR_PTR(-ENOMEM);

	core->name = kstrdup(hw->init->name, GFP_KERNEL);
	if (!core->name) {
		kfree(core);
		return ERR_PTR(-ENOMEM);
	}
	core->ops = hw->init->ops;
	core->hw = hw;
	kref_init(&core->ref);
	hw->core = core;

	if (core->ops->recalc_rate)
		core->rate = core->ops->recalc_rate(hw, 0);

	clk = __clk_create_clk(hw, NULL, NULL);
	/* The handle holds the core now; drop the registration's own. */
	kref_put(&core->ref, __clk_release);
	if (IS_ERR(clk))
		return clk;

	hw->clk = clk;
	return clk;
}
EXPORT_SYMBOL_GPL(clk_register);

void clk_unregister(struct clk *clk)
{
	if (IS_ERR_OR_NULL(clk))
		return;

	WARN_ON(clk->core->prepare_count || clk->core->enable_count);
	clk->core->hw->clk = NULL;
	__clk_free_clk(clk);
}
EXPORT_SYMBOL_GPL(clk_unregister);

/***        OF clock providers        ***/

/* A device tree node that hands out clocks. */
struct of_clk_provider {
	struct list_head link;

	struct device_node *node;
	struct clk *(*get)(struct of_phandle_args *clkspec, void *data);
	void *data;
};

static LIST_HEAD(of_clk_providers);
static DEFINE_MUTEX(of_clk_mutex);

/* For providers of a single clock: @data is that clock. */
struct clk *of_clk_src_simple_get(struct of_phandle_args *clkspec,
				     void *data)
{
	return data;
}
EXPORT_SYMBOL_GPL(of_clk_src_simple_get);

int of_clk_add_provider(struct device_node *np,
			struct clk *(*clk_src_get)(struct of_phandle_args *clkspec,
						   void *data),
			void *data)
{
	struct of_clk_provider *cp;

	cp = kzalloc(sizeof(*cp), GFP_KERNEL);
	if (!cp)
		return -ENOMEM;

	cp->node = of_node_get(np);
	cp->data = data;
	cp->get = clk_src_get;

	mutex_lock(&of_clk_mutex);
	list_add(&cp->link, &of_clk_providers);
	mutex_unlock(&of_clk_mutex);
	pr_debug("Added clock from %s\n", np->full_name);

	return 0;
}
EXPORT_SYMBOL_GPL(of_clk_add_provider);

void of_clk_del_provider(struct device_node *np)
{
	struct of_clk_provider *cp;

	mutex_lock(&of_clk_mutex);
	list_for_each_entry(cp, &of_clk_providers, link) {
		if (cp->node == np) {
			list_del(&cp->link);
			of_node_put(cp->node);
			kfree(cp);
			break;
		}
	}
	mutex_unlock(&of_clk_mutex);
}
EXPORT_SYMBOL_GPL(of_clk_del_provider);

/*
 * A consumer handle for the clock @clkspec names. The provider not being
 * registered (yet) means the consumer should defer.
 */
struct clk *__of_clk_get_from_provider(struct of_phandle_args *clkspec,
				       const char *dev_id, const char *con_id)
{
	struct of_clk_provider *provider;
	struct clk *clk = ERR_PTR(-EPROBE_DEFER);
	struct clk *src;

	if (!clkspec)
		return ERR_PTR(-EINVAL);

	mutex_lock(&of_clk_mutex);
	list_for_each_entry(provider, &of_clk_providers, link) {
		if (provider->node != clkspec->np)
			continue;

		src = provider->get(clkspec, provider->data);
		if (IS_ERR(src))
			clk = src;
		else
			clk = __clk_create_clk(__clk_get_hw(src), dev_id,
					       con_id);
		break;
	}
	mutex_unlock(&of_clk_mutex);

	return clk;
}

void __clk_put(struct clk *clk)
{
	if (IS_ERR_OR_NULL(clk))
		return;

	__clk_free_clk(clk);
}
