/**
 * The regression run: every entry of a corpus's history replayed through {@link org.patchreview.Review} against the
 * state before it, its reports compared with the golden ones (or blessed). Above the facade, since it drives reviews;
 * the history itself is data, in {@link org.patchreview.corpus}.
 */
package org.patchreview.regression;
