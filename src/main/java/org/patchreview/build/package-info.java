/**
 * What the build runs after compiling (Maven's process-classes phase) to ship with the jar what does not depend on a
 * patch: the parse store of every bundled state, and the problems each commit of the bundled history introduces.
 * The top floor beside the command line: it reads the corpus and composes the review like a user's command does.
 */
package org.patchreview.build;
