/*
 * KNOWN BUG: a syntax error that ANTLR's LL recovery repairs by conjuring a missing token (here the ';' after
 * "return 1") crashes CParser with a NullPointerException in DefaultErrorStrategy.getMissingSymbol, because the
 * CTokens of the ListTokenSource have no TokenSource. It should be a diagnostic at line 10.
 */
#include "prelude.h"

int missing_semicolon(void)
{
	return 1
}
// expect-error: -2 "syntax error"
