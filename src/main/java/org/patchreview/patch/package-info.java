/** Applying a patch mail to a source tree in memory with JGit, all or nothing per file. */
package org.patchreview.patch;
