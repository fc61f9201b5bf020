/*
 * Kernel C: C99 as the Linux kernel writes it, plus the GNU extensions it leans on.
 *
 * The grammar sees tokens after review's token pass: conditional compilation and macro
 * expansion are done, and identifiers declared by typedef are retyped to TypedefName, so
 * declarations and expressions never compete for the same tokens and SLL parsing succeeds
 * on almost every input. For unpreprocessed code the grammar also takes statement-like and
 * iterator macros (`list_for_each_entry(...) { }`) and top-level macro calls
 * (`EXPORT_SYMBOL(x);`).
 */
grammar KernelC;

tokens { TypedefName }

@header {
package org.patchreview.grammar;
}

// ---------------------------------------------------------------- translation unit

compilationUnit
    : externalDeclaration* EOF
    ;

externalDeclaration
    : functionDefinition                                         #functionDecl
    | declaration                                                #globalDecl
    | Identifier '(' balanced* ')' ';'?                          #topLevelMacro
    | asmStatement                                               #topLevelAsm
    | ';'                                                        #emptyDecl
    ;

functionDefinition
    : declarationSpecifiers declarator compoundStatement
    ;

// ---------------------------------------------------------------- declarations

declaration
    : declarationSpecifiers (initDeclarator (',' initDeclarator)*)? ';'
    | staticAssert
    ;

staticAssert
    : '_Static_assert' '(' expr (',' StringLiteral+)? ')' ';'
    ;

declarationSpecifiers
    : declarationSpecifier+
    ;

declarationSpecifier
    : storageClass=('typedef' | 'extern' | 'static' | 'auto' | 'register' | '_Thread_local')
    | typeSpecifier
    | typeQualifier
    | functionSpecifier
    | attributeSpecifier
    ;

typeSpecifier
    : base=('void' | 'char' | 'short' | 'int' | 'long' | 'float' | 'double'
            | 'signed' | '__signed__' | 'unsigned' | '_Bool')         #baseType
    | structOrUnionSpecifier                                     #structType
    | enumSpecifier                                              #enumType
    | TypedefName                                                #typedefType
    | typeofKeyword '(' (typeName | expr) ')'                    #typeofType
    ;

typeofKeyword
    : 'typeof' | '__typeof__' | '__typeof'
    ;

typeQualifier
    : 'const' | '__const' | 'volatile' | '__volatile__' | 'restrict' | '__restrict' | '__restrict__' | '_Atomic'
    ;

functionSpecifier
    : 'inline' | '__inline' | '__inline__' | '_Noreturn' | '__extension__'
    ;

attributeSpecifier
    : ('__attribute__' | '__attribute') '(' '(' (attribute (',' attribute)*)? ')' ')'
    | Annotation
    | AnnotationWithArgs '(' balanced* ')'
    | ('asm' | '__asm__' | '__asm') '(' StringLiteral+ ')'
    ;

attribute
    : attributeName ('(' balanced* ')')?
    |
    ;

attributeName
    : Identifier | TypedefName | 'const' | '__const'
    ;

structOrUnionSpecifier
    : kind=('struct' | 'union') attributeSpecifier* tag=Identifier? '{' memberDeclaration* '}'
    | kind=('struct' | 'union') attributeSpecifier* tag=Identifier
    ;

memberDeclaration
    : specifierQualifierList (memberDeclarator (',' memberDeclarator)*)? attributeSpecifier* ';'
    | staticAssert
    | ';'
    ;

specifierQualifierList
    : (typeSpecifier | typeQualifier | attributeSpecifier)+
    ;

memberDeclarator
    : declarator (':' width=expr)?
    | ':' width=expr
    ;

enumSpecifier
    : 'enum' attributeSpecifier* tag=Identifier? '{' enumerator (',' enumerator)* ','? '}'
    | 'enum' attributeSpecifier* tag=Identifier
    ;

enumerator
    : Identifier attributeSpecifier* ('=' value=expr)?
    ;

initDeclarator
    : declarator attributeSpecifier* ('=' initializer)?
    ;

declarator
    : pointer* directDeclarator attributeSpecifier*
    ;

pointer
    : '*' (typeQualifier | attributeSpecifier)*
    ;

directDeclarator
    : (Identifier | '(' attributeSpecifier* declarator ')') declaratorSuffix*
    ;

declaratorSuffix
    : '[' typeQualifier* 'static'? size=expr? ']'                #arraySuffix
    | '(' parameterList? ')'                                     #functionSuffix
    ;

parameterList
    : parameter (',' parameter)* (',' '...')?
    ;

parameter
    : declarationSpecifiers declarator                           #namedParameter
    | declarationSpecifiers abstractDeclarator?                  #unnamedParameter
    ;

typeName
    : specifierQualifierList abstractDeclarator?
    ;

abstractDeclarator
    : pointer+ directAbstractDeclarator?
    | directAbstractDeclarator
    ;

directAbstractDeclarator
    : ('(' attributeSpecifier* abstractDeclarator ')' | declaratorSuffix) declaratorSuffix*
    ;

initializer
    : expr                                                       #exprInitializer
    | '{' (initializerItem (',' initializerItem)* ','?)? '}'     #listInitializer
    ;

initializerItem
    : designator+ '=' initializer                                #designatedItem
    | Identifier ':' initializer                                 #gnuDesignatedItem
    | initializer                                                #plainItem
    ;

designator
    : '[' index=expr ('...' last=expr)? ']'                      #indexDesignator
    | '.' Identifier                                             #fieldDesignator
    ;

// ---------------------------------------------------------------- statements

compoundStatement
    : '{' blockItem* '}'
    ;

blockItem
    : declaration
    | statement
    ;

statement
    : Identifier ':' attributeSpecifier* statement               #labeledStmt
    | 'case' value=expr ('...' last=expr)? ':' statement         #caseStmt
    | 'default' ':' statement                                    #defaultStmt
    | compoundStatement                                          #blockStmt
    | expression? ';'                                            #exprStmt
    | 'if' '(' expression ')' then=statement ('else' otherwise=statement)?  #ifStmt
    | 'switch' '(' expression ')' statement                      #switchStmt
    | 'while' '(' expression ')' statement                       #whileStmt
    | 'do' statement 'while' '(' expression ')' ';'              #doWhileStmt
    | 'for' '(' (init=declaration | initExpr=expression? ';') cond=expression? ';' step=expression? ')' statement  #forStmt
    | 'goto' Identifier ';'                                      #gotoStmt
    | 'continue' ';'                                             #continueStmt
    | 'break' ';'                                                #breakStmt
    | 'return' expression? ';'                                   #returnStmt
    | asmStatement                                               #asmStmt
    | Identifier '(' balanced* ')' statement                     #iteratorMacroStmt
    ;

asmStatement
    : ('asm' | '__asm__' | '__asm') ('volatile' | '__volatile__' | 'goto' | 'inline')* '(' balanced* ')' ';'
    ;

// ---------------------------------------------------------------- expressions

expression
    : expr (',' expr)*
    ;

expr
    : primary                                                    #primaryExpr
    | expr '[' index=expression ']'                              #subscriptExpr
    | expr '(' (expr (',' expr)*)? ')'                           #callExpr
    | expr op=('.' | '->') member=Identifier                     #memberExpr
    | expr op=('++' | '--')                                      #postfixExpr
    | '(' typeName ')' '{' (initializerItem (',' initializerItem)* ','?)? '}'  #compoundLiteralExpr
    | op=('++' | '--') expr                                      #prefixExpr
    | op=('&' | '*' | '+' | '-' | '~' | '!') expr                #unaryExpr
    | 'sizeof' '(' typeName ')'                                  #sizeofTypeExpr
    | 'sizeof' expr                                              #sizeofExpr
    | ('_Alignof' | '__alignof__') '(' typeName ')'              #alignofExpr
    | '(' typeName ')' expr                                      #castExpr
    | left=expr op=('*' | '/' | '%') right=expr                  #multiplicativeExpr
    | left=expr op=('+' | '-') right=expr                        #additiveExpr
    | left=expr op=('<<' | '>>') right=expr                      #shiftExpr
    | left=expr op=('<' | '>' | '<=' | '>=') right=expr          #relationalExpr
    | left=expr op=('==' | '!=') right=expr                      #equalityExpr
    | left=expr op='&' right=expr                                #bitAndExpr
    | left=expr op='^' right=expr                                #bitXorExpr
    | left=expr op='|' right=expr                                #bitOrExpr
    | left=expr op='&&' right=expr                               #logicalAndExpr
    | left=expr op='||' right=expr                               #logicalOrExpr
    | <assoc=right> cond=expr '?' then=expression? ':' otherwise=expr   #conditionalExpr
    | <assoc=right> target=expr op=('=' | '*=' | '/=' | '%=' | '+=' | '-=' | '<<=' | '>>=' | '&=' | '^=' | '|=') value=expr  #assignExpr
    ;

primary
    : Identifier                                                 #identifierPrimary
    | IntegerConstant                                            #integerPrimary
    | FloatingConstant                                           #floatPrimary
    | CharacterConstant                                          #charPrimary
    | StringLiteral+                                             #stringPrimary
    | '(' expression ')'                                         #parenPrimary
    | '(' compoundStatement ')'                                  #statementExprPrimary
    | '__builtin_offsetof' '(' typeName ',' Identifier designator* ')'  #offsetofPrimary
    | '__extension__' expr                                       #extensionPrimary
    ;

/** Any tokens with balanced parentheses: macro arguments and attribute arguments. */
balanced
    : '(' balanced* ')'
    | ~('(' | ')')
    ;

// ---------------------------------------------------------------- lexer

Annotation
    : '__init' | '__exit' | '__iomem' | '__user' | '__rcu' | '__must_check' | '__maybe_unused'
    | '__always_inline' | '__force' | '__packed' | '__used' | '__weak' | '__cold' | '__read_mostly'
    | '__initdata' | '__initconst' | '__ro_after_init' | '__percpu' | '__kernel' | '__noreturn'
    | '__visible' | '__pure' | '__deprecated' | '__ref' | '__refdata' | '__devinit' | '__devexit'
    | '__sched' | '__noinline' | 'noinline' | 'notrace' | '__latent_entropy' | '__nocast'
    | '__bitwise' | '__safe' | '__malloc' | '__attribute_const__' | '__always_unused' | 'asmlinkage'
    ;

AnnotationWithArgs
    : '__aligned' | '__printf' | '__scanf' | '__section' | '__acquires' | '__releases' | '__must_hold'
    ;

Identifier
    : [a-zA-Z_$] [a-zA-Z_0-9$]*
    ;

IntegerConstant
    : ( '0' [xX] [0-9a-fA-F]+ | '0' [bB] [01]+ | [0-9]+ ) IntegerSuffix?
    ;

fragment IntegerSuffix
    : [uU] ([lL] [lL]?)? | [lL] [lL]? [uU]?
    ;

FloatingConstant
    : [0-9]+ '.' [0-9]* Exponent? [fFlL]?
    | '.' [0-9]+ Exponent? [fFlL]?
    | [0-9]+ Exponent [fFlL]?
    ;

fragment Exponent
    : [eE] [+-]? [0-9]+
    ;

/**
 * A preprocessing number that is not a valid constant by itself ({@code 0x}, {@code 1f}): only lexed when longer than
 * the constant rules match, so that {@code ##} can paste it; the token pass re-lexes what pasting makes.
 */
PpNumber
    : '.'? [0-9] ([0-9a-zA-Z_.] | [eEpP] [+-])*
    ;

CharacterConstant
    : 'L'? '\'' (~['\\\r\n] | Escape)+ '\''
    ;

StringLiteral
    : ('L' | 'u8' | 'u' | 'U')? '"' (~["\\\r\n] | Escape)* '"'
    ;

fragment Escape
    : '\\' ~[\r\n]
    | '\\' '\r'? '\n'
    ;

Ellipsis : '...';
HashHash : '##';
Hash     : '#';

LineContinuation
    : '\\' '\r'? '\n' -> channel(HIDDEN)
    ;

Newline
    : '\r'? '\n' -> channel(HIDDEN)
    ;

Whitespace
    : [ \t\f\u000B]+ -> channel(HIDDEN)
    ;

BlockComment
    : '/*' .*? '*/' -> channel(HIDDEN)
    ;

LineComment
    : '//' ~[\r\n]* -> channel(HIDDEN)
    ;

/** Any other character: a stray one is reported by the parser, not lost by the lexer. */
Unknown
    : .
    ;
