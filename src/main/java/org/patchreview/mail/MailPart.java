package org.patchreview.mail;

/** One decoded text part of a message: its MIME type, its file name when attached, and its text with LF endings. */
public record MailPart(String mimeType, String fileName, String text) {

  public MailPart {
    fileName = fileName == null ? "" : fileName;
  }
}
