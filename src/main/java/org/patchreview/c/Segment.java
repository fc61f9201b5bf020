package org.patchreview.c;

import java.util.List;

/**
 * A run of preprocessed tokens that starts and ends between two top-level declarations, coming from one file. A
 * translation unit is a list of segments; a segment's parse depends on nothing but its tokens, so identical segments
 * (the same header seen by many files, or by the tree before and after a patch) are parsed once.
 */
public record Segment(String file, List<CToken> tokens) {}
