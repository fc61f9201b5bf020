// SPDX-License-Identifier: GPL-2.0
/* A made-up driver for report tests: it maps a buffer and frees it on removal. */
#include <linux/device.h>
#include <linux/slab.h>

struct foo_priv {
	void *buf;
	int users;
};

static int foo_probe(struct device *dev)
{
	struct foo_priv *priv = kzalloc(sizeof(*priv), GFP_KERNEL);

	if (!priv)
		return -ENOMEM;
	priv->buf = kzalloc(64, GFP_KERNEL);
	priv->users = 1;
	dev_set_drvdata(dev, priv);
	return 0;
}

static void foo_remove(struct device *dev)
{
	struct foo_priv *priv = dev_get_drvdata(dev);

	kfree(priv->buf);
	kfree(priv);
}
