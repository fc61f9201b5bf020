// Without a config, both sides of an #ifdef are parsed (the tree is that of the first); #if 0 is passed over.
// expect: functions 3
// expect: passed 3
// expect: has Function on_path
// expect: has Function always
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

#if 0
int never(void)
{
}
#endif

int always(void)
{
	return 0;
}
