/**
 * The corpus as data: the modelled kernel, its history as a chain of states (each entry's patch mail, the state before
 * and after it), boards, configs and scenarios, read as one {@link org.patchreview.corpus.Corpus} from the jar or a
 * folder. Replaying it against golden reports is {@link org.patchreview.regression}'s job, above the facade.
 */
package org.patchreview.corpus;
