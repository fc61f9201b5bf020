/** Diagnostics shared by every stage: problems in inputs, collected rather than thrown. */
package org.patchreview.diag;
