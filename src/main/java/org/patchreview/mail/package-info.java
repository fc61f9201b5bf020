/** Reading patches as they travel by mail: mbox splitting, MIME decoding and {@link org.patchreview.mail.PatchMail}. */
package org.patchreview.mail;
