/* printk formats as the kernel's vsnprintf: flags, precision, h/hh modifiers, * width and precision. */
#include "prelude.h"

// expect-log: plus_flag() "+5"
int plus_flag(void)
{
	printk("%+d", 5);
	return 0;
}

// expect-log: space_flag() " 5"
int space_flag(void)
{
	printk("% d", 5);
	return 0;
}

// expect-log: char_modifier() "ff"
int char_modifier(void)
{
	s8 m = -1;
	printk("%hhx", m);
	return 0;
}

// expect-log: short_modifier() "-1"
int short_modifier(void)
{
	printk("%hd", 65535);
	return 0;
}

// expect-log: integer_precision() "005"
int integer_precision(void)
{
	printk("%.3d", 5);
	return 0;
}

// expect-log: alternate_zero_padded() "0x0000001f"
int alternate_zero_padded(void)
{
	printk("%#010x", 31);
	return 0;
}

// expect-log: star_precision() "ab|7"
int star_precision(void)
{
	printk("%.*s|%d", 2, "abcdef", 7);
	return 0;
}

// expect-log: star_width() "   ab|7"
int star_width(void)
{
	printk("%*s|%d", 5, "ab", 7);
	return 0;
}
