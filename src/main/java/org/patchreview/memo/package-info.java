/**
 * Memos: named, bounded caches with typed keys, every one registered in {@link org.patchreview.memo.Memos} so that
 * "forget everything" forgets everything. The bottom floor: depends on nothing else of review.
 */
package org.patchreview.memo;
