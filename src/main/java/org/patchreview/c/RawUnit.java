package org.patchreview.c;

import java.util.BitSet;
import java.util.List;
import org.patchreview.diag.Diagnostic;

/**
 * One file read as it is by {@link Preprocessor#runRaw}: its tokens after the file's own macros, the lines that
 * conditional compilation left out in this pass, how many passes read every branch of its unknown conditions, and
 * the {@code #error} met under known conditions, if any ({@code refusal}: the file is not C to compile this way).
 */
record RawUnit(String path, List<CToken> tokens, BitSet skippedLines, int passesNeeded, String refusal,
    List<Diagnostic> diagnostics) {}
