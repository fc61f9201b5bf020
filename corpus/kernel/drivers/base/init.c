/*
 * Bring up the driver model before any driver registers.
 *
 * The kernel calls driver_init() directly from do_basic_setup(); the
 * model's runner only calls initcalls, so this is the earliest one.
 */
#include <linux/device.h>
#include <linux/init.h>

#include "base.h"

static int __init driver_init(void)
{
	return platform_bus_init();
}
core_initcall(driver_init);
