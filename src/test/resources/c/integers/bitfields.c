/* Bitfields store only their width: unsigned ones truncate, signed ones sign-extend; neighbours are untouched. */
#include "prelude.h"

struct flags {
	unsigned int one:1;
	unsigned int nibble:4;
	int small:3;
	unsigned int rest:24;
};

// expect: two_in_one_bit_reads_zero() == 0
int two_in_one_bit_reads_zero(void)
{
	struct flags f = { 0 };
	f.one = 2;
	return f.one;
}

// expect: three_in_one_bit_reads_one() == 1
int three_in_one_bit_reads_one(void)
{
	struct flags f = { 0 };
	f.one = 3;
	return f.one;
}

// expect: nibble_truncates() == 15
int nibble_truncates(void)
{
	struct flags f = { 0 };
	f.nibble = 0x1f;
	return f.nibble;
}

/* 5 does not fit a signed 3-bit field (-4..3): the bits 101 read back as -3. */
// expect: signed_field_sign_extends() == -3
int signed_field_sign_extends(void)
{
	struct flags f = { 0 };
	f.small = 5;
	return f.small;
}

// expect: signed_field_minus_one() == -1
int signed_field_minus_one(void)
{
	struct flags f = { 0 };
	f.small = -1;
	return f.small;
}

// expect: neighbours_untouched() == 0x123456
int neighbours_untouched(void)
{
	struct flags f = { 0 };
	f.rest = 0x123456;
	f.one = 1;
	f.nibble = 0;
	f.small = -4;
	f.nibble = 0xf;
	return f.rest;
}

// expect: whole_word() == 0x2468ad5f
u32 whole_word(void)
{
	struct flags f = { 0 };
	u32 word;
	f.one = 1;
	f.nibble = 0xf;
	f.small = 2;
	f.rest = 0x2468ad;
	memcpy(&word, &f, 4);
	return word;
}

/* The value of an assignment to a bitfield is the value stored. */
// expect: assignment_value() == -3
int assignment_value(void)
{
	struct flags f = { 0 };
	return f.small = 5;
}

// expect: increment_wraps() == 0
int increment_wraps(void)
{
	struct flags f = { 0 };
	f.nibble = 15;
	f.nibble++;
	return f.nibble;
}

// expect: compound_assignment() == 6
int compound_assignment(void)
{
	struct flags f = { .nibble = 9 };
	f.nibble += 13;		/* 22 & 15 */
	return f.nibble;
}

// expect: initialised() == 1111
int initialised(void)
{
	struct flags f = { .one = 1, .nibble = 3, .small = -2, .rest = 7 };
	return f.one * 1000 + f.nibble * 100 / 3 + (f.small == -2) * 10 + f.rest / 7;
}

/* A bitfield of a struct reached through a pointer, and through an array element. */
// expect: through_pointer() == 5
int through_pointer(void)
{
	struct flags arr[2] = { { 0 }, { 0 } };
	struct flags *p = &arr[1];
	p->nibble = 5;
	return arr[1].nibble + arr[0].nibble;
}

/* A _Bool bitfield normalises before storing. */
struct bools {
	bool a:1;
	bool b:1;
};

// expect: bool_bitfield() == 3
int bool_bitfield(void)
{
	struct bools s = { 0 };
	s.a = 2;
	s.b = 1;
	return s.a * 2 + s.b;
}

/* A plain char bitfield is unsigned on ARM (it would read -1 on x86). */
struct chars {
	char c:3;
	signed char s:3;
};

// expect: plain_char_bitfield_is_unsigned() == 7
int plain_char_bitfield_is_unsigned(void)
{
	struct chars v = { 0 };
	v.c = 7;
	return v.c;
}

// expect: signed_char_bitfield() == -1
int signed_char_bitfield(void)
{
	struct chars v = { 0 };
	v.s = 7;
	return v.s;
}
