/** Applying patch mails to source trees in memory, all or nothing per file, with offsets, fuzz and anchoring. */
package org.patchreview.patch;
