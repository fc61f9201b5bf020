/*
 * The component framework (model of v4.12): an aggregate driver (the
 * "master") binds as one once every device it needs has registered
 * itself as a component.
 */
#ifndef COMPONENT_H
#define COMPONENT_H

#include <linux/device.h>

struct component_ops {
	int (*bind)(struct device *comp, struct device *master,
		    void *master_data);
	void (*unbind)(struct device *comp, struct device *master,
		       void *master_data);
};

int component_add(struct device *dev, const struct component_ops *ops);
void component_del(struct device *dev, const struct component_ops *ops);

int component_bind_all(struct device *master, void *master_data);
void component_unbind_all(struct device *master, void *master_data);

struct component_master_ops {
	int (*bind)(struct device *master);
	void (*unbind)(struct device *master);
};

void component_master_del(struct device *dev,
			  const struct component_master_ops *ops);

struct component_match;

int component_master_add_with_match(struct device *dev,
				    const struct component_master_ops *ops,
				    struct component_match *match);
void component_match_add(struct device *master,
			 struct component_match **matchptr,
			 int (*compare)(struct device *, void *),
			 void *compare_data);

#endif
