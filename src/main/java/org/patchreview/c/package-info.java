/**
 * C: reading the modelled kernel's C, from bytes to a typed syntax tree. One package, in four groups (see
 * docs/ARCHITECTURE.md for the list of classes in each):
 *
 * <ul>
 *   <li><b>the model of C</b>: the syntax tree ({@code Decl}, {@code Stmt}, {@code Expr}, {@code CType},
 *       {@code Initializer}, {@code Designator}, {@code Attribute}, {@code Span}, {@code TranslationUnit}), resolved
 *       types and their ARM EABI layout ({@code Type}, {@code TypeResolver}, {@code StructLayout},
 *       {@code ConstEvaluator}, {@code Conversions}, {@code Literals}) and configs ({@code Config});
 *   <li><b>the front end</b>: Kbuild's choice of files ({@code KernelBuild}), the preprocessor ({@code Preprocessor},
 *       {@code MacroExpander}, {@code Conditionals}, {@code ConditionEvaluator}, {@code IncludePaths},
 *       {@code SourceLexer}), the token passes that keep the grammar unambiguous ({@code TypedefRetyper},
 *       {@code AttributeUses}), the parser facade ({@code CParser}) and {@code AstBuilder} with its parts, the only
 *       classes that read ANTLR parse-tree contexts;
 *   <li><b>the {@code review parse} path</b>, C read as it is, without headers, the way Coccinelle does
 *       ({@code SourceParser}, {@code RawRetyper}, {@code TypeUses}, {@code TopLevelSplitter}, {@code ParseTotals});
 *   <li><b>the speed machinery</b>, none of which changes an answer: the hand-written scanner ({@code FastLexer}),
 *       the preprocessed-unit cache ({@code PreprocessCache}) and the parse and unit stores shipped in the jar
 *       ({@code SegmentStore}, {@code UnitStore}, {@code SegmentStoreBuilder}, {@code SegmentWriter},
 *       {@code RecordCodec}).
 * </ul>
 */
package org.patchreview.c;
