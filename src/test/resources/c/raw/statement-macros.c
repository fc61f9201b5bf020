// Macros used as statements and as local declarations.
// expect: functions 1
// expect: has MacroStmt DEFINE_MUTEX
// expect: has Ident LIST_HEAD
// expect: has Ident WARN_ON
int work(struct device *dev)
{
	static DEFINE_MUTEX(local_lock);
	LIST_HEAD(pending);
	DEFINE_WAIT(wait);

	might_sleep();
	if (WARN_ON(!dev))
		return -EINVAL;
	BUG_ON(list_empty(&pending));
	mutex_lock(&local_lock);
	mutex_unlock(&local_lock);
	return 0;
}
