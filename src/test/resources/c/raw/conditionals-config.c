// With a config, a CONFIG_ symbol it does not set is known to be off: that branch is passed over.
// expect: config CONFIG_OTHER=y
// expect: functions 2
// expect: passed 4
// expect: has Function off_path
#ifdef CONFIG_FEATURE
int on_path(void)
{
	return 1;
}
#else
int off_path(int x)
{
	return x;
}
#endif

#if IS_ENABLED(CONFIG_OTHER)
int other(void)
{
	return 2;
}
#endif
