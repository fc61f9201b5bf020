/* An enumerator without a value is one more than the previous, and the first is 0 (C11 6.7.2.2p3). */
#include "prelude.h"

enum colour { RED, GREEN, BLUE = 10, CYAN };

// expect: first() == 0
int first(void)
{
	return RED;
}

// expect: second() == 1
int second(void)
{
	return GREEN;
}

// expect: after_explicit() == 11
int after_explicit(void)
{
	return CYAN;
}

/* The idiom that sizes a table by its last enumerator. */
enum state { STATE_IDLE, STATE_RUNNING, STATE_DONE, NR_STATES };

// expect: count_by_last_enumerator() == 3
int count_by_last_enumerator(void)
{
	int table[NR_STATES];
	return ARRAY_SIZE(table);
}
