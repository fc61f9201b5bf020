package org.patchreview.patch;

import java.util.List;
import org.patchreview.c.Decl;

/**
 * Parsed C a caller already holds (the translation units of a kernel it has built), so that finding the functions of
 * a file does not parse it again: the declarations of units that include {@code path} when it holds {@code content},
 * or null when the caller does not know that file (an empty list says: do not look for functions there).
 */
@FunctionalInterface
public interface ParsedC {
  List<Decl> declarations(String path, byte[] content);
}
