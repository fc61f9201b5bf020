// Iterator macros from headers this file does not include: a loop header followed by a body.
// expect: functions 2
// expect: has MacroStmt list_for_each_entry
// expect: has MacroStmt for_each_sg
// expect: has MacroStmt for_each_online_cpu
struct item {
	struct list_head node;
	int value;
};

static int sum(struct list_head *head)
{
	struct item *it;
	int total = 0;

	list_for_each_entry(it, head, node) {
		if (it->value < 0)
			continue;
		total += it->value;
	}
	return total;
}

static void map_all(struct scatterlist *sgl, int nents)
{
	struct scatterlist *sg;
	int i, cpu;

	for_each_sg(sgl, sg, nents, i)
		sg->dma_address = sg_phys(sg);
	for_each_online_cpu(cpu)
		for_each_sg(sgl, sg, nents, i) {
			touch(cpu, sg);
		}
}
