/** Reports: one model of a review ({@code Report}) and one renderer per format (text, json, md, mail, checks, html). */
package org.patchreview.report;
