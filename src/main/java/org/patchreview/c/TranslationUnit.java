package org.patchreview.c;

import java.util.List;

/** The declarations of one preprocessed {@code .c} file, headers included, in source order. */
public record TranslationUnit(String path, List<Decl> decls) {}
