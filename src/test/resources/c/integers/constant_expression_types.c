/* Constant expressions (case labels, array sizes, enumerators) follow C's types: unsigned arithmetic, case labels converted to the selector's promoted type, enumerators beyond int get unsigned int as GCC gives them. */
#include "prelude.h"

// expect: unsigned_case_label() == 1
int unsigned_case_label(void)
{
	u32 v = 0xffffffff;
	switch (v) {
	case ~0u:
		return 1;
	}
	return 0;
}

// expect: negative_case_label_unsigned_selector() == 1
int negative_case_label_unsigned_selector(void)
{
	u32 v = 0xffffffff;
	switch (v) {
	case -1:
		return 1;
	}
	return 0;
}

// expect: int_selector_unsigned_label() == 1
int int_selector_unsigned_label(void)
{
	int v = 0x80000000;
	switch (v) {
	case 0x80000000:
		return 1;
	}
	return 0;
}

// expect: unsigned_shift_in_array_size() == 1
int unsigned_shift_in_array_size(void)
{
	int arr[-1u >> 28];
	return sizeof(arr) == 60;
}

/* GCC gives an enumerator that does not fit int the type unsigned int. */
enum { ALL_ONES = 0xffffffff };

// expect: enumerator_above_int_max() == 1
int enumerator_above_int_max(void)
{
	return ALL_ONES == -1;
}
