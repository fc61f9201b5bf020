/*
 * Xen on ARM: are we running on Xen, and as which domain?
 *
 * The kernel finds out from the flattened device tree in setup_arch();
 * the model looks for the /hypervisor node in an early initcall. Being
 * found is taken to mean dom0, the domain that owns the devices.
 */
#include <xen/xen.h>
#include <xen/interface/xen.h>
#include <linux/init.h>
#include <linux/of.h>
#include <linux/printk.h>
#include <linux/export.h>

enum xen_domain_type xen_domain_type = XEN_NATIVE;
EXPORT_SYMBOL_GPL(xen_domain_type);

static struct start_info _xen_start_info;
struct start_info *xen_start_info = &_xen_start_info;
EXPORT_SYMBOL(xen_start_info);

static int __init xen_guest_init(void)
{
	struct device_node *node;

	node = of_find_compatible_node(NULL, NULL, "xen,xen");
	if (!node) {
		pr_debug("%s: no Xen node found\n", __func__);
		return 0;
	}

	xen_domain_type = XEN_HVM_DOMAIN;
	xen_start_info->flags |= SIF_INITDOMAIN|SIF_PRIVILEGED;

	pr_info("Xen support found, running as dom0\n");
	return 0;
}
core_initcall(xen_guest_init);
