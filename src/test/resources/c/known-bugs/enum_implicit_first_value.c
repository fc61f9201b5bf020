/*
 * KNOWN BUG: the first enumerator without "= value" must be 0 (C11 6.7.2.2p3); TypeResolver.collectEnum counts
 * the implicit step before using it, so the list starts at 1: RED is 1, GREEN 2. Enumerators after an explicit
 * value are right (BLUE = 10, CYAN is 11).
 */
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
