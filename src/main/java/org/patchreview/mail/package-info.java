/** Reading patches as they travel by mail: containers, MIME, series, threads and quotes, into patch mails. */
package org.patchreview.mail;
