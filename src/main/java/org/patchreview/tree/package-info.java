/** Immutable source trees: the bundled modelled kernel and corpus, and trees read from a user (never written). */
package org.patchreview.tree;
