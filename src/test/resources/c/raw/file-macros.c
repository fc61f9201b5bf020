// Macros defined in the file are expanded; those from headers are left for the grammar.
// expect: functions 2
// expect: has Function foo_show
// expect: has For
// expect: has MacroStmt for_each_unknown
#define for_each_node(n, head) for (n = (head); n; n = n->next)
#define DEFINE_SHOW(name) static int name##_show(void) { return 0; }

DEFINE_SHOW(foo)

static int count(struct node *head)
{
	struct node *n;
	int c = 0;

	for_each_node(n, head)
		c++;
	for_each_unknown(n, head)
		c++;
	return c;
}
