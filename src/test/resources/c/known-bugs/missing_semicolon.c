/*
 * KNOWN BUG (diagnostic quality): a missing ';' at the end of a statement is reported at the next token --
 * line 12, 'syntax error at "}"' -- and the message does not say that a ';' is missing. gcc says
 * "11: expected ';' before '}' token", at the statement that lacks it. (Until recently this input crashed
 * CParser with a NullPointerException in ANTLR's DefaultErrorStrategy.getMissingSymbol; that is fixed.)
 */
#include "prelude.h"

int missing_semicolon(void)
{
	return 1
}
// expect-error: -2 "';'"
