/* GCC gives an enum with no negative enumerator the type unsigned int. */
#include "prelude.h"

enum op { OP_ADD = 0, OP_SUB = 1, OP_NR = 2 };
enum neg { N = -1, P = 1 };

// expect: unsigned_enum_bitfield() == 3
int unsigned_enum_bitfield(void)
{
	struct {
		enum op o:2;
	} s;
	s.o = 3;
	return s.o;
}

/* An enum with a negative enumerator is int: this one already holds. */
// expect: signed_enum_bitfield() == -1
int signed_enum_bitfield(void)
{
	struct {
		enum neg n:2;
	} s;
	s.n = 3;
	return s.n;
}

// expect: unsigned_enum_arithmetic() == 0
int unsigned_enum_arithmetic(void)
{
	enum op e = OP_ADD;
	return e - 1 < 0;
}
