/* CONFIG_ symbols from the config: =y defines them as 1, =m defines CONFIG_X_MODULE, IS_ENABLED sees both. */
// config: CONFIG_FOO=y CONFIG_BAR=m CONFIG_COUNT=16
// config: CONFIG_OFF=n
#include "prelude.h"

// expect: builtin() == 1
int builtin(void)
{
#ifdef CONFIG_FOO
	return CONFIG_FOO;
#else
	return 0;
#endif
}

// expect: module() == 11
int module(void)
{
	int r = 0;
#ifdef CONFIG_BAR_MODULE
	r += 1;
#endif
#ifdef CONFIG_BAR
	r += 100;
#endif
	if (IS_ENABLED(CONFIG_BAR))
		r += 10;
	return r;
}

// expect: is_enabled() == 3
int is_enabled(void)
{
	return IS_ENABLED(CONFIG_FOO) + 2 * IS_ENABLED(CONFIG_BAR) - 0 * IS_ENABLED(CONFIG_OFF)
		- IS_ENABLED(CONFIG_NOT_IN_CONFIG) * 100;
}

// expect: is_enabled_in_if() == 2
int is_enabled_in_if(void)
{
#if IS_ENABLED(CONFIG_OFF) || IS_ENABLED(CONFIG_MISSING)
	return 1;
#elif IS_ENABLED(CONFIG_FOO)
	return 2;
#else
	return 3;
#endif
}

/* A numeric option is its value. */
// expect: numeric_option() == 16
int numeric_option(void)
{
	int buf[CONFIG_COUNT];
	return ARRAY_SIZE(buf);
}
