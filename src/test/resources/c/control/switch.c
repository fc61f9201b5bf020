/* switch: fallthrough, default anywhere, GNU case ranges, nested switches, break out of a loop's switch. */
#include "prelude.h"

// expect: fallthrough(0) == 111
// expect: fallthrough(1) == 11
// expect: fallthrough(2) == 1
// expect: fallthrough(9) == 1000
int fallthrough(int n)
{
	int r = 0;
	switch (n) {
	case 0:
		r += 100;
		/* fall through */
	case 1:
		r += 10;
		/* fall through */
	case 2:
		r += 1;
		break;
	default:
		r = 1000;
	}
	return r;
}

// expect: case_ranges(0) == 1
// expect: case_ranges(5) == 2
// expect: case_ranges(9) == 2
// expect: case_ranges(10) == 3
// expect: case_ranges(-4) == 4
// expect: case_ranges(100) == 0
int case_ranges(int n)
{
	switch (n) {
	case 0:
		return 1;
	case 1 ... 9:
		return 2;
	case 10:
		return 3;
	case -5 ... -1:
		return 4;
	}
	return 0;
}

/* A default in the middle is taken only when no case matches, then falls through. */
// expect: default_in_middle(1) == 1
// expect: default_in_middle(7) == 30
// expect: default_in_middle(2) == 20
int default_in_middle(int n)
{
	int r = 0;
	switch (n) {
	case 1:
		r = 1;
		break;
	default:
		r = 10;
		/* fall through */
	case 2:
		r += 20;
		break;
	}
	return r;
}

// expect: char_ranges('m') == 1
// expect: char_ranges('M') == 2
// expect: char_ranges('5') == 3
// expect: char_ranges('#') == 0
int char_ranges(int c)
{
	switch (c) {
	case 'a' ... 'z':
		return 1;
	case 'A' ... 'Z':
		return 2;
	case '0' ... '9':
		return 3;
	default:
		return 0;
	}
}

// expect: nested_switch(1, 2) == 12
// expect: nested_switch(1, 3) == 10
// expect: nested_switch(2, 2) == 20
int nested_switch(int a, int b)
{
	int r = 0;
	switch (a) {
	case 1:
		switch (b) {
		case 2:
			r += 2;
			break;
		}
		r += 10;
		break;
	case 2:
		r = 20;
		break;
	}
	return r;
}

/* break leaves the switch, continue goes on with the loop around it. */
// expect: switch_in_loop() == 1202
int switch_in_loop(void)
{
	int i, r = 0;
	for (i = 0; i < 6; i++) {
		switch (i % 3) {
		case 0:
			r += 1;
			continue;
		case 1:
			r += 100;
			break;
		default:
			r += 1000;
			break;
		}
		if (i > 3)
			break;
	}
	return r;
}

/* The controlling expression is promoted and compared in its type: unsigned values above INT_MAX. */
// expect: unsigned_selector() == 2
int unsigned_selector(void)
{
	u32 v = 0xfffffff0;
	switch (v) {
	case 0xfffffff0:
		return 2;
	default:
		return 1;
	}
}

/* Declarations and statements before the first case are skipped; cases may sit inside nested blocks. */
// expect: no_match_no_default() == 5
int no_match_no_default(void)
{
	int r = 5;
	switch (r) {
	case 1:
		r = 1;
	}
	return r;
}
