/*
 * Device Tree source (the dtc dialect, version 1) for the modelled boards.
 *
 * dtc's lexer switches states between names and cell contents. A combined grammar cannot use
 * lexer modes, so the lexer counts open parentheses instead: node and property names are only
 * lexed outside parentheses, which lets "(2*3)" or "(-1)" lex as arithmetic although '*' and '-'
 * are name characters.
 */
grammar DeviceTree;

// In a combined grammar the header reaches both the parser and the lexer.
@header {
package org.patchreview.grammar;
}

@lexer::members {
  // Open '(' not yet closed; names cannot occur inside an integer expression.
  private int parenDepth;
}

dtsFile
  : topItem* EOF
  ;

topItem
  : '/dts-v1/' ';'                                          # versionItem
  | '/plugin/' ';'                                          # pluginItem
  | '/memreserve/' address=primary size=primary ';'         # memreserveItem
  | '/include/' file=STRING                                 # includeItem  // between top-level items only
  | labels+=LABEL* '/' body=nodeBody ';'                    # rootItem
  | labels+=LABEL* target=reference body=nodeBody ';'       # extendItem
  | '/delete-node/' target=reference ';'                    # deleteNodeRefItem
  | '/omit-if-no-ref/' target=reference ';'                 # omitRefItem
  ;

nodeBody
  : '{' nodeItem* '}'
  ;

nodeItem
  : omit='/omit-if-no-ref/'? labels+=LABEL* name=itemName body=nodeBody ';'   # childItem
  | labels+=LABEL* name=itemName ('=' value (',' value)*)? ';'                # propertyItem
  | '/delete-node/' name=itemName ';'                                         # deleteNodeItem
  | '/delete-property/' name=itemName ';'                                     # deletePropertyItem
  ;

// A name that happens to look like a number ("0", "0x10") is still a name.
itemName
  : NAME
  | NUMBER
  ;

// dtc allows labels on properties and inside values (for overlays' symbols); they are read and not kept.
value
  : labels+=LABEL* STRING                                          # stringValue
  | labels+=LABEL* ('/bits/' bits=NUMBER)? '<' cell* '>'           # cellsValue
  | labels+=LABEL* BYTES                                           # bytesValue
  | labels+=LABEL* target=reference                                # pathValue
  ;

cell
  : target=reference    # refCell
  | primary             # integerCell
  ;

reference
  : REF         # labelReference
  | PATH_REF    # pathReference
  ;

primary
  : NUMBER                     # numberPrimary
  | CHAR                       # charPrimary
  | LPAREN expr RPAREN         # parenPrimary
  ;

// C precedence, as dtc evaluates it: 64-bit unsigned arithmetic.
expr
  : op=('-' | '~' | '!') operand=expr                                    # unaryExpr
  | left=expr op=('*' | '/' | '%') right=expr                            # binaryExpr
  | left=expr op=('+' | '-') right=expr                                  # binaryExpr
  | left=expr op=('<<' | '>>') right=expr                                # binaryExpr
  | left=expr op=('<' | '>' | '<=' | '>=') right=expr                    # binaryExpr
  | left=expr op=('==' | '!=') right=expr                                # binaryExpr
  | left=expr op='&' right=expr                                          # binaryExpr
  | left=expr op='^' right=expr                                          # binaryExpr
  | left=expr op='|' right=expr                                          # binaryExpr
  | left=expr op='&&' right=expr                                         # binaryExpr
  | left=expr op='||' right=expr                                         # binaryExpr
  | <assoc = right> condition=expr '?' then=expr ':' otherwise=expr      # conditionalExpr
  | primary                                                              # primaryExpr
  ;

LPAREN : '(' { parenDepth++; } ;
RPAREN : ')' { if (parenDepth > 0) parenDepth--; } ;

// No expression contains these, so an unclosed '(' stops hiding names here instead of ruining the rest of
// the file. The parser still writes them as literals: a rule that is just the literal keeps its token.
SEMI : ';' { parenDepth = 0; } ;
LBRACE : '{' { parenDepth = 0; } ;
RBRACE : '}' { parenDepth = 0; } ;

// Before NAME: a run of digits is a number, unless name characters follow it.
NUMBER
  : ('0' [xX] [0-9a-fA-F]+ | [0-9]+) [uU]? [lL]? [lL]?
  ;

CHAR
  : '\'' ('\\' ~[\r\n] | ~['\\\r\n])+ '\''
  ;

STRING
  : '"' ('\\' . | ~["\\])* '"'
  ;

// dtc reads a byte string as hexadecimal pairs; the builder checks the pairing.
BYTES
  : '[' [ \t\r\n0-9a-fA-F]* ']'
  ;

LABEL
  : [a-zA-Z_] [a-zA-Z0-9_]* ':'
  ;

REF
  : '&' [a-zA-Z_] [a-zA-Z0-9_]*
  ;

PATH_REF
  : '&{' ~[}\r\n]* '}'
  ;

NAME
  : [a-zA-Z0-9,._+*#?@-]+ { parenDepth == 0 }?
  ;

LINE_COMMENT
  : '//' ~[\r\n]* -> skip
  ;

BLOCK_COMMENT
  : '/*' .*? '*/' -> skip
  ;

WS
  : [ \t\r\n\f]+ -> skip
  ;
