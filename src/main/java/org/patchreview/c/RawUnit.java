package org.patchreview.c;

import java.util.BitSet;
import java.util.List;
import org.patchreview.diag.Diagnostic;

/**
 * One file read as it is by {@link Preprocessor#runRaw}: its tokens after the file's own macros, the lines that
 * conditional compilation left out in this pass, and how many passes read every branch of its unknown conditions.
 */
record RawUnit(String path, List<CToken> tokens, BitSet skippedLines, int passesNeeded, List<Diagnostic> diagnostics) {}
