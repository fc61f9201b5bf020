/** Comparing runs before and after a patch: aligned traces, verdicts, struct layouts. */
package org.patchreview.diff;
