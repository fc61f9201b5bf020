package org.patchreview.c;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.patchreview.grammar.KernelCLexer;
import org.patchreview.grammar.KernelCParser;

/**
 * The token pass for unpreprocessed code, where the headers that declare typedefs and define attribute macros are not
 * read. Like Coccinelle it infers from how a name is used: a name used in type position ({@code foo_t x;},
 * {@code foo_t *p = ...}, the cast {@code (foo_t)x}, {@code (foo_t *)}) is a typedef name everywhere in the file, and
 * a name standing where only an attribute can ({@code int __init f(void)}, {@code int x __initdata;},
 * {@code static __cold int}) is an attribute macro. Known kernel attribute macros and the standard integer typedefs
 * are recognised by name. Then {@link TypedefRetyper} retypes, exactly as for preprocessed code.
 */
final class RawRetyper {
  private static final Set<String> STORAGE = Set.of("static", "extern", "register", "auto", "typedef", "inline",
      "__inline", "__inline__", "_Noreturn", "__extension__", "_Thread_local");
  private static final Set<String> QUALIFIERS = Set.of("const", "__const", "volatile", "__volatile__", "restrict",
      "__restrict", "__restrict__", "_Atomic");
  private static final Set<String> TAGS = Set.of("struct", "union", "enum");
  private static final Set<String> KEYWORDS = keywords();
  /** The kernel's attribute macros without arguments, beyond those the lexer already knows. */
  private static final Set<String> ATTRIBUTES = Set.of("__initdata", "__exitdata", "__initconst", "__devinitdata",
      "__meminit", "__meminitdata", "__refconst", "__cacheline_aligned", "____cacheline_aligned",
      "__cacheline_aligned_in_smp", "____cacheline_aligned_in_smp", "__page_aligned_data", "__page_aligned_bss",
      "__nocfi", "__naked", "__kprobes", "noinstr", "__flatten", "__gnu_inline", "__noclone",
      "__no_sanitize_address", "__randomize_layout", "__no_randomize_layout", "__designated_init", "__private",
      "__init_or_module", "__irq_entry", "__lockfunc", "__nosavedata", "__hot", "noinline_for_stack",
      "__nonstring", "__exit_call", "__init_memblock", "__always_unused",
      "__attribute_used__", "__weak");
  /** The kernel's attribute macros that take arguments. */
  private static final Set<String> ATTRIBUTES_WITH_ARGS = Set.of("__aligned", "__printf", "__scanf", "__section",
      "__acquires", "__releases", "__must_hold", "__alloc_size", "__assume_aligned", "__alias", "__mode",
      "__diagnose_as", "__no_sanitize_or_inline", "__nonnull");
  /** C's and the kernel's standard integer typedefs, typedef names in any file. */
  private static final Set<String> TYPEDEFS = Set.of("u8", "u16", "u32", "u64", "s8", "s16", "s32", "s64", "__u8",
      "__u16", "__u32", "__u64", "__s8", "__s16", "__s32", "__s64", "__le16", "__le32", "__le64", "__be16", "__be32",
      "__be64", "size_t", "ssize_t", "bool", "uint8_t", "uint16_t", "uint32_t", "uint64_t", "int8_t", "int16_t",
      "int32_t", "int64_t", "uintptr_t", "intptr_t", "ptrdiff_t", "va_list");

  private RawRetyper() {}

  /** The tokens of one file, retyped for the grammar. */
  static List<CToken> retype(List<CToken> raw) {
    List<CToken> tokens = knownAttributes(raw);
    boolean[] code = CodeRegions.inFunctionBodies(tokens);
    Set<String> typedefs = new HashSet<>(TYPEDEFS);
    TypeUses.infer(tokens, code, typedefs);
    TypedefRetyper retyper = new TypedefRetyper(typedefs);
    List<CToken> out = new ArrayList<>(tokens.size());
    for (CToken t : tokens) {
      out.add(retyper.next(t));
    }
    AttributeUses.classify(out, code);
    return out;
  }

  private static List<CToken> knownAttributes(List<CToken> raw) {
    List<CToken> out = new ArrayList<>(raw.size());
    for (CToken t : raw) {
      if (t.getType() == KernelCLexer.Identifier && ATTRIBUTES.contains(t.getText())) {
        out.add(t.retyped(KernelCLexer.Annotation));
      } else if (t.getType() == KernelCLexer.Identifier && ATTRIBUTES_WITH_ARGS.contains(t.getText())) {
        out.add(t.retyped(KernelCLexer.AnnotationWithArgs));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  static boolean isIdentifier(CToken t) {
    return t != null && t.getType() == KernelCLexer.Identifier && !KEYWORDS.contains(t.getText());
  }

  static boolean isTypedefName(CToken t) {
    return t != null && t.getType() == KernelCParser.TypedefName;
  }

  static boolean isAnnotation(CToken t) {
    return t != null && (t.getType() == KernelCLexer.Annotation || QUALIFIERS.contains(t.getText()));
  }

  static boolean isStorage(CToken t) {
    return t != null && STORAGE.contains(t.getText());
  }

  static boolean isTag(CToken t) {
    return t != null && TAGS.contains(t.getText());
  }

  static boolean isBaseType(CToken t) {
    return t != null && TokenTypes.isBaseTypeKeyword(t.getText());
  }

  /** Whether a declaration's specifiers may start after {@code prev}: a statement or declaration boundary. */
  static boolean declarationStart(CToken prev) {
    if (prev == null) {
      return true;
    }
    int p = prev.getType();
    return p == TokenTypes.SEMI || p == TokenTypes.LBRACE || p == TokenTypes.RBRACE || isStorage(prev)
        || isAnnotation(prev);
  }

  private static Set<String> keywords() {
    Set<String> s = new HashSet<>();
    for (int i = 0; i <= KernelCLexer.VOCABULARY.getMaxTokenType(); i++) {
      String lit = KernelCLexer.VOCABULARY.getLiteralName(i);
      if (lit != null && lit.length() > 2 && Character.isJavaIdentifierStart(lit.charAt(1))) {
        s.add(lit.substring(1, lit.length() - 1));
      }
    }
    return Set.copyOf(s);
  }
}
